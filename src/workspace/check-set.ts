import { basename, dirname } from "node:path";
import { alignArticles } from "../align/articles.js";
import { decodeSource } from "../article/decode.js";
import { parseArticle } from "../article/read.js";
import { checks as allChecks } from "../checks/index.js";
import { checkArticle } from "../checks/run.js";
import { InputError } from "../errors.js";
import type { Article, Check, FileResult, Glossary, RuleSetting, Translate } from "../types.js";
import { type Config, rulesFor } from "./config.js";

export type SetFile = Readonly<{ file: string; bytes: Uint8Array }>;

export type SetContext = Readonly<{
  glossary: Glossary;
  config: Config;
  lang?: string;
  rules?: Readonly<Record<string, RuleSetting>>;
  checks?: readonly Check[];
  t: Translate;
}>;

export type SetOutcome = { results: FileResult[]; problems: InputError[] };

/** Parses one article set's files and checks each, translations against their source. */
export function checkSet(files: readonly SetFile[], context: SetContext): SetOutcome {
  const problems: InputError[] = [];
  const articles: Article[] = [];
  for (const { file, bytes } of files) {
    try {
      articles.push(parseArticle(file, decodeSource(bytes, file), { lang: context.lang }));
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
    }
  }
  const source = sourceOfSet(articles, context.config.sourceLang);
  const results = articles.map((article): FileResult => {
    const from = article === source ? undefined : source;
    // A translation is checked against its source, aligned paragraph by paragraph.
    const alignment = from ? alignArticles(from, article, context.glossary) : undefined;
    const diagnostics = checkArticle(article, context.checks ?? allChecks, {
      glossary: context.glossary, t: context.t,
      rules: { ...rulesFor(context.config, article.lang), ...context.rules },
      ...(alignment ? { alignment } : {}),
    });
    return { file: article.file, lang: article.lang, ...(from ? { source: from.file } : {}), diagnostics };
  });
  return { results, problems };
}

/** The file a set's translations were made from: as front matter declares it, else the config's. */
function sourceOfSet(articles: readonly Article[], sourceLang?: string): Article | undefined {
  const declared = articles.find((a) => a.frontMatter.role === "source");
  if (declared) return declared;
  for (const article of articles) {
    const named = article.frontMatter.source;
    if (typeof named !== "string") continue;
    const found = articles.find((a) => basename(a.file) === basename(named) && dirname(a.file) === dirname(article.file));
    if (found) return found;
  }
  return sourceLang && articles.length > 1 ? articles.find((a) => a.lang.toLowerCase() === sourceLang.toLowerCase()) : undefined;
}
