import { basename, dirname } from "node:path";
import { pairedAlignment } from "../align/paired.js";
import { forgetMemos } from "../article/block-memo.js";
import { decodeSource, sourceFromText } from "../article/decode.js";
import { parseArticle } from "../article/read.js";
import { checks as allChecks } from "../checks/index.js";
import { checkArticle } from "../checks/run.js";
import { InputError } from "../errors.js";
import { blockStart, offsetAt } from "../article/position.js";
import type {
  Article, BlockView, Check, Diagnostic, FileResult, FileView, Glossary, PairView, RuleSetting, SetView, TextBlock, Translate,
} from "../types.js";
import { type Config, optionsFor, rulesFor } from "./config.js";
import { loadReaders, readerFor } from "../article/formats.js";
import { loadIdentifier } from "../language/identify.js";
import { timed, timedAsync } from "./timings.js";

export type SetFile = Readonly<{ file: string; bytes: Uint8Array }>;

// The language identifiers' models, loading or loaded: timed once, however many batches wait for them.
let languageModels: Promise<void> | undefined;

/** Loads the language identifiers' models (once), which checking a translation needs. */
export const loadLanguageModels = (): Promise<void> => (languageModels ??= timedAsync("loading language models", loadIdentifier));

// The aligner, the word diff and git, which only a set with translations needs: loaded then, once.
type Aligning = Readonly<{
  alignArticles: typeof import("../align/articles.js").alignArticles;
  changedBlocks: typeof import("../align/revisions.js").changedBlocks;
  wordDiff: typeof import("../align/revisions.js").wordDiff;
  fileAtRevision: typeof import("./revisions.js").fileAtRevision;
}>;
let aligning: Aligning | undefined;

const loadAligning = async (): Promise<void> => {
  const [{ alignArticles }, { changedBlocks, wordDiff }, { fileAtRevision }] =
    await Promise.all([import("../align/articles.js"), import("../align/revisions.js"), import("./revisions.js")]);
  aligning ??= { alignArticles, changedBlocks, wordDiff, fileAtRevision };
};

function aligner(): Aligning {
  if (!aligning) throw new Error("bitext: a set with translations is checked before loadForSets() loaded the aligner");
  return aligning;
}

/**
 * Loads what checking these sets needs, in this thread: the readers of their files' formats and,
 * when a set holds translations (whose sentences may need their language told), the language
 * models, and the aligner for sets of several files. A bilingual file (XLIFF) is a translation
 * with its source, aligned already.
 */
export async function loadForSets(sets: readonly (readonly SetFile[])[]): Promise<void> {
  const several = sets.some((files) => files.length > 1);
  if (several || sets.some((files) => files.some((f) => readerFor(f.file)?.bilingual === true))) await loadLanguageModels();
  if (several) await loadAligning();
  await loadReaders(sets.flatMap((files) => files.map((f) => f.file)));
}

export type SetContext = Readonly<{
  glossary: Glossary;
  config: Config;
  lang?: string;
  rules?: Readonly<Record<string, RuleSetting>>;
  checks?: readonly Check[];
  /** Problems listed per file (checkArticle's maxProblems). */
  maxProblems?: number;
  /** XLIFF: report untranslated units instead of skipping them. */
  xliffUntranslated?: boolean;
  /** Also describe the set's text and alignment, for the HTML report. */
  views?: boolean;
  t: Translate;
}>;

export type SetOutcome = { results: FileResult[]; problems: InputError[]; view?: SetView };

/** Parses one article set's files and checks each, translations against their source. */
export function checkSet(files: readonly SetFile[], context: SetContext): SetOutcome {
  const problems: InputError[] = [];
  const articles: Article[] = [];
  for (const { file, bytes } of files) {
    try {
      articles.push(timed("parse", () => parseArticle(file, decodeSource(bytes, file), { lang: context.lang, xliffUntranslated: context.xliffUntranslated === true })));
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
    }
  }
  try {
    return checkArticles(articles, problems, context);
  } finally {
    // Nothing reads these blocks again: what the rules and the aligner read from them goes now.
    for (const article of articles) {
      forgetMemos(article.blocks);
      if (article.bilingual) forgetMemos(article.bilingual.blocks);
    }
  }
}

/** Checks a set's articles, once parsed. */
function checkArticles(articles: readonly Article[], problems: InputError[], context: SetContext): SetOutcome {
  // A bilingual file (XLIFF) brings its own source, already aligned; it is no one's source.
  const source = sourceOfSet(articles.filter((a) => !a.bilingual), context.config.sourceLang);
  const pairs: PairView[] = [];
  const results = articles.map((article): FileResult => {
    const from = article.bilingual ?? (article === source ? undefined : source);
    // A translation is checked against its source, aligned paragraph by paragraph.
    const alignment = article.bilingual ? pairedAlignment(article.bilingual, article) : from ? timed("align", () => aligner().alignArticles(from, article, context.glossary, { sentences: false })) : undefined;
    const revision = typeof article.frontMatter["source-revision"] === "string" || typeof article.frontMatter["source-revision"] === "number"
      ? String(article.frontMatter["source-revision"]) : undefined;
    let stale: Map<TextBlock, string> | undefined;
    if (from && revision) {
      try {
        const { changedBlocks, fileAtRevision } = aligner();
        const old = parseArticle(from.file, sourceFromText(fileAtRevision(from.file, revision)), { lang: from.lang });
        stale = changedBlocks(old, from, context.glossary);
        forgetMemos(old.blocks);
      } catch (error) {
        if (error instanceof InputError) problems.push(new InputError(article.file, error.key, error.values));
        else throw error;
      }
    }
    if (alignment && context.views && !article.bilingual) {
      pairs.push({
        source: alignment.source.file, target: article.file,
        links: alignment.links.map((l) => ({
          type: `${l.source.length}-${l.target.length}`, source: l.source.map((b) => b.index), target: l.target.map((b) => b.index), score: l.score,
        })),
        ...(stale && stale.size > 0 ? {
          revision,
          changes: Object.fromEntries([...stale].map(([block, old]) => [block.index, aligner().wordDiff(old, block.text)])),
        } : {}),
      });
    }
    const diagnostics = checkArticle(article, context.checks ?? allChecks, {
      glossary: context.glossary, t: context.t,
      rules: { ...rulesFor(context.config, article.lang), ...context.rules },
      options: optionsFor(context.config, article.lang),
      ...(alignment ? { alignment } : {}), ...(stale ? { stale, revision } : {}),
      ...(context.maxProblems === undefined ? {} : { maxProblems: context.maxProblems }),
    });
    return { file: article.file, lang: article.lang, ...(from ? { source: from.file } : {}), diagnostics };
  });
  if (!context.views) return { results, problems };
  const views = articles.map((article, n) => viewOf(article, results[n]!.diagnostics));
  return { results, problems, view: { name: commonFolder(articles.map((a) => a.file)), files: views, pairs } };
}

function commonFolder(files: readonly string[]): string {
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  return dirs.length === 1 ? dirs[0]! : files.join(", ");
}

/** A file's blocks with each diagnostic placed in the block (and text offsets) it concerns. */
function viewOf(article: Article, diagnostics: readonly Diagnostic[]): FileView {
  const blocks: BlockView[] = article.blocks.map((b) => ({
    index: b.index, kind: b.kind, text: b.text, line: blockStart(article.source, b).line, marks: [],
  }));
  diagnostics.forEach((d, n) => {
    const from = offsetAt(article.source, d.line, d.column);
    const to = offsetAt(article.source, d.endLine, d.endColumn);
    for (const [k, block] of article.blocks.entries()) {
      const start = textOffsetAt(block, from);
      if (start === undefined) continue;
      const end = Math.max(start, textOffsetAt(block, to, true) ?? block.text.length);
      blocks[k]!.marks.push({ start, end, diagnostic: n });
      return;
    }
  });
  return { file: article.file, lang: article.lang, blocks };
}

/** The offset in a block's text of a file offset, if the block covers it. */
function textOffsetAt(block: TextBlock, offset: number, end = false): number | undefined {
  for (const run of block.runs) {
    const last = run.offset + run.sourceLength;
    if (offset < run.offset || offset > last || (!end && offset === last && run !== block.runs.at(-1))) continue;
    if (run.length === run.sourceLength) return run.at + (offset - run.offset);
    return offset === run.offset ? run.at : run.at + run.length;
  }
  return undefined;
}

/** The file a set's translations were made from: as front matter declares it, else the config's. */
export function sourceOfSet(articles: readonly Article[], sourceLang?: string): Article | undefined {
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
