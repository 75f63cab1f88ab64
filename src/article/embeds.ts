// What a social-media embed leaves in an article's text when a CMS flattens it: the post's
// link, its attribution line ("— Name (@handle) May 22, 2023") and an Instagram or Facebook
// caption. stray/embed reports it; the glossary checks leave it alone, for a name inside it
// ("— Kyiv Post (@KyivPost)") is nobody's house-style choice.
import { datePattern } from "../language/dates.js";
import { matchesOf } from "../matches.js";
import type { TextBlock } from "../types.js";
import { memo } from "./block-memo.js";

export const EMBED_LINK = /(?:https?:\/\/)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)\/[A-Za-z0-9]{4,}/gu;
const DASH = "(?:[\\u2014\\u2015\\u2013]|--|&mdash;)";
let attribution: RegExp | undefined;
const attributionPattern = () => (attribution ??= new RegExp(
  `${DASH}\\s*([^\\n()@\\u2014]{1,80}?)\\s*\\(@([A-Za-z0-9_]{1,15})\\)(?:\\s*${datePattern()})?`, "giu"));
// The captions Instagram and Facebook embeds carry, in the languages we publish.
export const CAPTIONS: readonly string[] = [
  "A post shared by", "View this post on Instagram", "Una publicación compartida por",
  "Ver esta publicación en Instagram", "Une publication partagée par", "Voir cette publication sur Instagram",
  "Ein Beitrag geteilt von", "Sieh dir diesen Beitrag auf Instagram an", "Публикация от",
  "Посмотреть эту публикацию в Instagram", "Допис, поширений", "Переглянути цей допис в Instagram",
];
const CAPTION = new RegExp(CAPTIONS.join("|"), "gu");

export type Residue = Readonly<{ start: number; end: number; kind: "link" | "attribution" | "caption"; name?: string }>;

// What each kind of residue must contain, looked for before the patterns: every link has ".co"
// (pic.twitter.com, pic.x.com, t.co), every attribution "(@", every caption one of these.
export const CAPTION_WORDS: readonly string[] = ["post", "ublica", "Beitrag", "убликаци", "опис"];

const EMBEDS = ["embeds"] as const;

/** The embed residue of one block, in text order (read once per block: three rules ask). */
export function embedResidue(block: TextBlock): readonly Residue[] {
  return memo(block, EMBEDS, () => findResidue(block));
}

function findResidue(block: TextBlock): Residue[] {
  const found: Residue[] = [];
  const text = block.text;
  const links = text.includes(".co");
  const captions = CAPTION_WORDS.some((word) => text.includes(word));
  if (!links && !captions && !text.includes("(@")) return found;
  for (const m of links ? matchesOf(EMBED_LINK, block.text) : []) found.push({ start: m.index, end: m.index + m[0].length, kind: "link" });
  // An attribution names a handle: without "(@" there is none to find.
  for (const m of block.text.includes("(@") ? matchesOf(attributionPattern(), block.text) : []) {
    if (!found.some((r) => m.index < r.end && r.start < m.index + m[0].length)) {
      found.push({ start: m.index, end: m.index + m[0].length, kind: "attribution", name: m[1]!.trim() });
    }
  }
  for (const m of captions ? matchesOf(CAPTION, block.text) : []) found.push({ start: m.index, end: m.index + m[0].length, kind: "caption" });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Where the glossary has nothing to say: embed residue, and wherever the article names an
 * account its embeds are attributed to ("the Kyiv Post reported").
 */
export function embedShield(blocks: readonly TextBlock[]): (block: TextBlock, start: number, end: number) => boolean {
  const residues = new Map<TextBlock, readonly Residue[]>();
  const names = new Set<string>();
  for (const block of blocks) {
    // Most paragraphs fail embedResidue's first look (".co", "(@", a caption's word) at once.
    const found = embedResidue(block);
    if (found.length === 0) continue;
    residues.set(block, found);
    for (const r of found) if (r.name) names.add(r.name);
  }
  if (residues.size === 0) return () => false;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const named = names.size === 0 ? undefined
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const spans = new Map<TextBlock, { start: number; end: number }[]>();
  const spansOf = (block: TextBlock) => {
    let list = spans.get(block);
    if (!list) {
      list = [...(residues.get(block) ?? [])];
      for (const m of named ? matchesOf(named, block.text) : []) list.push({ start: m.index, end: m.index + m[0].length });
      spans.set(block, list);
    }
    return list;
  };
  return (block, start, end) => spansOf(block).some((s) => start < s.end && s.start < end);
}
