// Every report format, one line each. Add a format: write src/report/<name>.ts and list it here.
import type { Reporter } from "../types.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export const reporters: Readonly<Record<string, Reporter>> = {
  stylish,
  json,
};
