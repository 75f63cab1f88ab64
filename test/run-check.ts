// Runs one check through the real reader and engine, with no mocks.
import { sourceFromText } from "../src/article/decode.js";
import { parseArticle } from "../src/article/read.js";
import { alignArticles } from "../src/align/articles.js";
import { pairedAlignment } from "../src/align/paired.js";
import { changedBlocks } from "../src/align/revisions.js";
import { checkArticle } from "../src/checks/run.js";
import { EMPTY_GLOSSARY } from "../src/glossary/load.js";
import { parseGlossary } from "../src/glossary/parse.js";
import { readFileSync } from "node:fs";
import { createTranslator } from "../src/i18n/index.js";
import { loadIdentifier } from "../src/language/identify.js";
import type { Check, Diagnostic, Glossary, RuleOptions } from "../src/types.js";

// align/untranslated identifies languages with models checkPaths loads for sets with translations.
await loadIdentifier();

export const bundledGlossary: Glossary = parseGlossary(
  readFileSync(new URL("../glossaries/russia-ukraine.yaml", import.meta.url), "utf8"),
  "glossaries/russia-ukraine.yaml",
);

export type RunCheckOptions = {
  lang: string;
  /** xliff: the input is target segments and the source source segments, a line each, made into an XLIFF 2.0 file. */
  format?: "text" | "markdown" | "xliff";
  glossary?: Glossary;
  locale?: string;
  /** The rule's options, as a config would set them. */
  options?: RuleOptions;
  /** The source this input translates, aligned with it as bitext check does. */
  source?: { text: string; lang: string; before?: string };
};

/** Segments as an XLIFF 2.0 file: each line of the source with the same line of the target. */
export function xliffOf(source: string, target: string, sourceLang: string, targetLang: string): string {
  const targets = target.split("\n");
  const units = source.split("\n").map((s, n) => `    <unit id="u${n + 1}">\n      <segment>\n        <source>${s}</source>\n        <target>${targets[n] ?? ""}</target>\n      </segment>\n    </unit>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${sourceLang}" trgLang="${targetLang}">\n  <file id="f1">\n${units.join("\n")}\n  </file>\n</xliff>\n`;
}

export function runCheck(check: Check, input: string, options: RunCheckOptions): Diagnostic[] {
  if (options.format === "xliff") {
    const article = parseArticle("test.xlf", sourceFromText(xliffOf(options.source?.text ?? input, input, options.source?.lang ?? "en", options.lang)));
    return checkArticle(article, [check], {
      glossary: options.glossary ?? (check.id.startsWith("glossary/") ? bundledGlossary : EMPTY_GLOSSARY),
      t: createTranslator(options.locale ?? "en"),
      ...(options.options ? { options: { [check.id]: options.options } } : {}),
      alignment: pairedAlignment(article.bilingual!, article),
    });
  }
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
