// Every report format, one line each. Add a format: write src/report/<name>.ts and list it here.
import type { Reporter } from "../types.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export const reporters: Readonly<Record<string, Reporter>> = {
  stylish,
  json,
  sarif,
  junit,
  github,
  markdown,
  html,
};
