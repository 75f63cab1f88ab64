// Writes the rule table into README.md between <!-- rules:start --> and <!-- rules:end -->.
import { readFileSync, writeFileSync } from "node:fs";
import { rulesTable } from "../dist/checks/docs.js";

const file = new URL("../README.md", import.meta.url);
const readme = readFileSync(file, "utf8");
const next = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/u, `$1${rulesTable()}$2`);
if (next === readme && !readme.includes("<!-- rules:start -->")) throw new Error("README.md has no <!-- rules:start --> marker");
writeFileSync(file, next);
