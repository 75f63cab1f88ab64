import { diffWordsWithSpace } from "diff";
import { squash } from "../squash.js";
import type { Article, Glossary, TextBlock, WordChange } from "../types.js";
import { alignArticles } from "./articles.js";

/**
 * The blocks of a new version that differ from the old one, each with the old text it replaced
 * ("" for a paragraph that is new). The two versions are aligned paragraph by paragraph first.
 */
export function changedBlocks(before: Article, after: Article, glossary: Glossary): Map<TextBlock, string> {
  const changed = new Map<TextBlock, string>();
  for (const link of alignArticles(before, after, glossary, { sentences: false }).links) {
    const old = link.source.map((b) => b.text).join("\n");
    const now = link.target.map((b) => b.text).join("\n");
    if (link.target.length > 0 && squash(old) !== squash(now)) for (const block of link.target) changed.set(block, old);
  }
  return changed;
}

// Words and spaces added or removed, at most, for a word diff: a paragraph of 250 changed words.
// Finding the shortest diff costs time in proportion to the text times this, and for two unrelated
// 50 KB paragraphs took 4 s.
const MAX_EDITS = 1000;

/** A word-level diff (jsdiff), whitespace kept, so the text reads as it is. */
export function wordDiff(before: string, after: string): WordChange[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS });
  // Rewritten beyond that: the old text out and the new in, rather than minutes of searching.
  if (!changes) return [...(before ? [{ text: before, removed: true }] : []), ...(after ? [{ text: after, added: true }] : [])];
  return changes.map((c) => ({ text: c.value, ...(c.added ? { added: true } : {}), ...(c.removed ? { removed: true } : {}) }));
}
