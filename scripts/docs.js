// Writes the rule table into README.md between <!-- rules:start --> and <!-- rules:end -->.
import { readFileSync, writeFileSync } from "node:fs";
import { languagesTable, rulesTable } from "../dist/checks/docs.js";

const file = new URL("../README.md", import.meta.url);
const readme = readFileSync(file, "utf8");
for (const marker of ["rules", "languages"]) {
  if (!readme.includes(`<!-- ${marker}:start -->`)) throw new Error(`README.md has no <!-- ${marker}:start --> marker`);
}
const next = readme
  .replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/u, `$1${rulesTable()}$2`)
  .replace(/(<!-- languages:start -->\n)[\s\S]*?(<!-- languages:end -->)/u, `$1${languagesTable()}$2`);
writeFileSync(file, next);
