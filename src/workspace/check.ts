import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import { alignArticles } from "../align/articles.js";
import { readArticle } from "../article/read.js";
import { checks as allChecks } from "../checks/index.js";
import { checkArticle } from "../checks/run.js";
import { InputError } from "../errors.js";
import { EMPTY_GLOSSARY, loadGlossary, mergeGlossaries } from "../glossary/load.js";
import type { Article, Check, FileResult, Glossary, InputProblem, Report, RuleSetting, Translate } from "../types.js";
import { discover } from "./discover.js";

export type CheckOptions = Readonly<{
  paths?: readonly string[]; // default: ./articles
  glossaries?: readonly string[]; // default: ./glossaries/*, else the bundled ones
  lang?: string; // language of lone files whose names do not say it
  rules?: Readonly<Record<string, RuleSetting>>;
  checks?: readonly Check[];
  cwd?: string;
  t: Translate;
}>;

// Reading is I/O bound; a few files in flight keep the disk busy without exhausting handles.
const READ_CONCURRENCY = 16;
const GLOSSARY_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/** The glossaries shipped with bitext. */
export const BUNDLED_GLOSSARIES = fileURLToPath(new URL("../../glossaries/", import.meta.url));

/** Checks every article under the paths and builds the report. Never throws for bad input. */
export async function checkPaths(options: CheckOptions): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const problems: InputError[] = [];
  const glossary = await collectGlossaries(options.glossaries, cwd, problems);
  const discovery = await discover(options.paths?.length ? options.paths : ["articles"], cwd);
  problems.push(...discovery.problems);

  const limit = pLimit(READ_CONCURRENCY);
  const read = (file: string) => limit(async () => {
    try {
      return await readArticle(file, { lang: options.lang });
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
      return undefined;
    }
  });

  const results: FileResult[] = [];
  const runOne = (article: Article, source?: Article) => {
    // A translation is checked against its source, aligned paragraph by paragraph.
    const alignment = source ? alignArticles(source, article, glossary) : undefined;
    const diagnostics = checkArticle(article, options.checks ?? allChecks, {
      glossary, t: options.t, rules: options.rules, ...(alignment ? { alignment } : {}),
    });
    results.push({ file: article.file, lang: article.lang, ...(source ? { source: source.file } : {}), diagnostics });
  };

  const sets = await Promise.all(discovery.inputs.map(async (input) => {
    const files = input.kind === "set" ? input.files : [input.file];
    return (await Promise.all(files.map(read))).filter((a): a is Article => a !== undefined);
  }));
  for (const articles of sets) {
    const source = sourceOfSet(articles);
    for (const article of articles) runOne(article, article === source ? undefined : source);
  }

  const summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const d of results.flatMap((r) => r.diagnostics)) {
    if (d.severity === "error") summary.errors++;
    else if (d.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  const unusable: InputProblem[] = problems.map((p) => ({ file: p.file, message: options.t(p.key, { ...p.values }) }));
  return { version: 1, summary, results, problems: unusable };
}

/** The file a set's translations were made from, as front matter declares it. */
function sourceOfSet(articles: readonly Article[]): Article | undefined {
  const declared = articles.find((a) => a.frontMatter.role === "source");
  if (declared) return declared;
  for (const article of articles) {
    const named = article.frontMatter.source;
    if (typeof named !== "string") continue;
    const found = articles.find((a) => basename(a.file) === basename(named) && dirname(a.file) === dirname(article.file));
    if (found) return found;
  }
  return undefined;
}

/** The glossaries named, else ./glossaries/*, else the bundled ones; unusable files as problems. */
export async function loadGlossaries(files: readonly string[] | undefined, cwd: string): Promise<{ glossary: Glossary; problems: InputError[] }> {
  const problems: InputError[] = [];
  const glossary = await collectGlossaries(files, cwd, problems);
  return { glossary, problems };
}

async function collectGlossaries(files: readonly string[] | undefined, cwd: string, problems: InputError[]): Promise<Glossary> {
  let list = files ? [...files] : await glossaryFolder(join(cwd, "glossaries"));
  if (!files && list.length === 0) list = await glossaryFolder(BUNDLED_GLOSSARIES);
  const loaded: Glossary[] = [];
  for (const file of list) {
    try {
      loaded.push(await loadGlossary(file));
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
    }
  }
  return loaded.length === 0 ? EMPTY_GLOSSARY : mergeGlossaries(loaded);
}

async function glossaryFolder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => GLOSSARY_EXTENSIONS.has(extname(n).toLowerCase())).sort();
  return names.map((n) => {
    const shown = relative(process.cwd(), resolve(dir, n));
    return shown.startsWith("..") ? resolve(dir, n) : shown;
  });
}
