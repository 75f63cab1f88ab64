// Runs one check through the real reader and engine, with no mocks.
import { sourceFromText } from "../src/article/decode.js";
import { parseArticle } from "../src/article/read.js";
import { checkArticle } from "../src/checks/run.js";
import { EMPTY_GLOSSARY, parseGlossary } from "../src/glossary/load.js";
import { readFileSync } from "node:fs";
import { createTranslator } from "../src/i18n/index.js";
import type { Check, Diagnostic, Glossary } from "../src/types.js";

export const bundledGlossary: Glossary = parseGlossary(
  readFileSync(new URL("../glossaries/russia-ukraine.yaml", import.meta.url), "utf8"),
  "glossaries/russia-ukraine.yaml",
);

export type RunCheckOptions = { lang: string; format?: "text" | "markdown"; glossary?: Glossary; locale?: string };

export function runCheck(check: Check, input: string, options: RunCheckOptions): Diagnostic[] {
  const file = `test.${options.format === "markdown" ? "md" : "txt"}`;
  const article = parseArticle(file, sourceFromText(input), { lang: options.lang });
  return checkArticle(article, [check], {
    glossary: options.glossary ?? (check.id.startsWith("glossary/") ? bundledGlossary : EMPTY_GLOSSARY),
    t: createTranslator(options.locale ?? "en"),
  });
}

/** The parts of a diagnostic most tests compare: excerpt, column, end column, suggestion. */
export const brief = (d: Diagnostic) => [d.excerpt, d.column, d.endColumn, d.suggestion];
