import { stat } from "node:fs/promises";
import { alignArticles } from "../align/articles.js";
import { changedBlocks, wordDiff } from "../align/revisions.js";
import { squash } from "../squash.js";
import { blockStart } from "../article/position.js";
import { readArticle } from "../article/read.js";
import { sourceFromText } from "../article/decode.js";
import { parseArticle } from "../article/read.js";
import { InputError } from "../errors.js";
import type { Article, DiffEntry, FileDiff, Glossary, TextBlock } from "../types.js";
import { discover } from "./discover.js";
import { fileAtRevision } from "./revisions.js";


const lineOf = (article: Article, block: TextBlock) => blockStart(article.source, block).line;

/** Two versions of one article, aligned paragraph by paragraph: what changed, word by word. */
export async function diffFiles(oldFile: string, newFile: string, glossary: Glossary, lang?: string): Promise<FileDiff> {
  const [before, after] = await Promise.all([readArticle(oldFile, { lang }), readArticle(newFile, { lang })]);
  const entries: DiffEntry[] = [];
  for (const link of alignArticles(before, after, glossary, { sentences: false }).links) {
    const old = link.source.map((b) => b.text).join("\n");
    const now = link.target.map((b) => b.text).join("\n");
    if (squash(old) === squash(now)) continue;
    entries.push({ leftLines: link.source.map((b) => lineOf(before, b)), rightLines: link.target.map((b) => lineOf(after, b)), changes: wordDiff(old, now), beside: "" });
  }
  return { left: oldFile, right: newFile, leftLang: before.lang, rightLang: after.lang, entries };
}

/**
 * For each translation whose front matter names the source-revision it was made from: the source
 * paragraphs changed since, word by word, beside the translation paragraphs aligned with them.
 */
export async function revisionDiffs(paths: readonly string[], glossary: Glossary, cwd = process.cwd()): Promise<{ diffs: FileDiff[]; problems: InputError[] }> {
  const discovery = await discover(paths.length > 0 ? paths : ["articles"], cwd);
  const problems: InputError[] = [...discovery.problems];
  const diffs: FileDiff[] = [];
  for (const input of discovery.inputs) {
    if (input.kind !== "set") continue;
    const articles: Article[] = [];
    for (const file of input.files) {
      try {
        articles.push(await readArticle(file));
      } catch (error) {
        if (error instanceof InputError) problems.push(error);
        else throw error;
      }
    }
    for (const translation of articles) {
      const revision = translation.frontMatter["source-revision"];
      const named = translation.frontMatter.source;
      if ((typeof revision !== "string" && typeof revision !== "number") || typeof named !== "string") continue;
      const source = articles.find((a) => a.file.endsWith(`/${named}`) || a.file === named);
      if (!source) continue;
      try {
        const old = parseArticle(source.file, sourceFromText(fileAtRevision(source.file, String(revision))), { lang: source.lang });
        const stale = changedBlocks(old, source, glossary);
        const entries: DiffEntry[] = [];
        for (const link of alignArticles(source, translation, glossary, { sentences: false }).links) {
          const changed = link.source.filter((b) => stale.has(b));
          if (changed.length === 0) continue;
          const oldText = [...new Set(changed.map((b) => stale.get(b)!))].join("\n");
          entries.push({
            leftLines: link.source.map((b) => lineOf(source, b)),
            rightLines: link.target.map((b) => lineOf(translation, b)),
            changes: wordDiff(oldText, link.source.map((b) => b.text).join("\n")),
            beside: link.target.map((b) => b.text).join("\n"),
          });
        }
        diffs.push({ left: source.file, right: translation.file, leftLang: source.lang, rightLang: translation.lang, revision: String(revision), entries });
      } catch (error) {
        if (error instanceof InputError) problems.push(new InputError(translation.file, error.key, error.values));
        else throw error;
      }
    }
  }
  return { diffs, problems };
}

/** True when both paths are files: `bitext diff OLD NEW`. */
export async function areTwoFiles(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 2) return false;
  try {
    const [a, b] = await Promise.all(paths.map((p) => stat(p)));
    return a!.isFile() && b!.isFile();
  } catch {
    return false;
  }
}
