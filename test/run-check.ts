// Runs one check through the real reader and engine, with no mocks.
import { sourceFromText } from "../src/article/decode.js";
import { parseArticle } from "../src/article/read.js";
import { alignArticles } from "../src/align/articles.js";
import { changedBlocks } from "../src/align/revisions.js";
import { checkArticle } from "../src/checks/run.js";
import { EMPTY_GLOSSARY, parseGlossary } from "../src/glossary/load.js";
import { readFileSync } from "node:fs";
import { createTranslator } from "../src/i18n/index.js";
import type { Check, Diagnostic, Glossary, RuleOptions } from "../src/types.js";

export const bundledGlossary: Glossary = parseGlossary(
  readFileSync(new URL("../glossaries/russia-ukraine.yaml", import.meta.url), "utf8"),
  "glossaries/russia-ukraine.yaml",
);

export type RunCheckOptions = {
  lang: string;
  format?: "text" | "markdown";
  glossary?: Glossary;
  locale?: string;
  /** The rule's options, as a config would set them. */
  options?: RuleOptions;
  /** The source this input translates, aligned with it as bitext check does. */
  source?: { text: string; lang: string; before?: string };
};

export function runCheck(check: Check, input: string, options: RunCheckOptions): Diagnostic[] {
  const ext = options.format === "markdown" ? "md" : "txt";
  const article = parseArticle(`test.${ext}`, sourceFromText(input), { lang: options.lang });
  const glossary = options.glossary ?? (check.id.startsWith("glossary/") ? bundledGlossary : EMPTY_GLOSSARY);
  const source = options.source && parseArticle(`source.${ext}`, sourceFromText(options.source.text), { lang: options.source.lang });
  const before = options.source?.before === undefined ? undefined
    : parseArticle(`source.${ext}`, sourceFromText(options.source.before), { lang: options.source.lang });
  return checkArticle(article, [check], {
    glossary,
    t: createTranslator(options.locale ?? "en"),
    ...(options.options ? { options: { [check.id]: options.options } } : {}),
    ...(source ? { alignment: alignArticles(source, article, glossary) } : {}),
    ...(source && before ? { stale: changedBlocks(before, source, glossary), revision: "HEAD~1" } : {}),
  });
}

/** The parts of a diagnostic most tests compare: excerpt, column, end column, suggestion. */
export const brief = (d: Diagnostic) => [d.excerpt, d.column, d.endColumn, d.suggestion];
