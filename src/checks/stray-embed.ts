import { datePattern } from "../language/dates.js";
import type { TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

// What an embedded post leaves behind when a CMS flattens it into text.
const LINK = /(?:https?:\/\/)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)\/[A-Za-z0-9]{4,}/gu;
const DASH = "(?:[\\u2014\\u2015\\u2013]|--|&mdash;)";
let attribution: RegExp | undefined;
const attributionPattern = () => (attribution ??= new RegExp(
  `${DASH}\\s*[^\\n()@\\u2014]{1,80}?\\s*\\(@[A-Za-z0-9_]{1,15}\\)(?:\\s*${datePattern()})?`, "giu"));
// The captions Instagram and Facebook embeds carry, in the languages we publish.
const CAPTION = new RegExp([
  "A post shared by", "View this post on Instagram", "Una publicación compartida por",
  "Ver esta publicación en Instagram", "Une publication partagée par", "Voir cette publication sur Instagram",
  "Ein Beitrag geteilt von", "Sieh dir diesen Beitrag auf Instagram an", "Публикация от",
  "Посмотреть эту публикацию в Instagram", "Допис, поширений", "Переглянути цей допис в Instagram",
].join("|"), "gu");
// A post is at most 280 characters, a link counting as 23: what fits is the post's own text.
const POST_LIMIT = 280;
const LINK_WEIGHT = 23;
const QUOTED = /["“”„«»]/u;

type Residue = { start: number; end: number; message: "link" | "attribution" | "caption" };

function residueIn(block: TextBlock): Residue[] {
  const found: Residue[] = [];
  for (const m of block.text.matchAll(LINK)) found.push({ start: m.index, end: m.index + m[0].length, message: "link" });
  // An attribution names a handle: without "(@" there is none to find.
  for (const m of block.text.includes("(@") ? block.text.matchAll(attributionPattern()) : []) {
    if (!found.some((r) => m.index < r.end && r.start < m.index + m[0].length)) {
      found.push({ start: m.index, end: m.index + m[0].length, message: "attribution" });
    }
  }
  for (const m of block.text.matchAll(CAPTION)) found.push({ start: m.index, end: m.index + m[0].length, message: "caption" });
  return found.sort((a, b) => a.start - b.start);
}

const postLength = (text: string) => text.replace(LINK, "x".repeat(LINK_WEIGHT)).trim().length;

export const strayEmbed = defineCheck({
  id: "stray/embed",
  severity: "error",
  messages: ["link", "attribution", "caption", "text"],
  docs: {
    summary: "What a social-media embed leaves in the text: its links, its attribution line and the post itself.",
    bad: "Waiting for new raids. pic.twitter.com/pIHxRybkpo — Ukraine Front Lines (@EuromaidanPR) May 23, 2023",
    good: "Ukraine Front Lines (@EuromaidanPR) wrote on May 23 that the unit was waiting for new raids.",
  },
  *run({ blocks }) {
    const residues = blocks.map(residueIn);
    const inPost = new Set<number>();
    for (const [n, block] of blocks.entries()) {
      const found = residues[n]!;
      for (const r of found) yield { block, start: r.start, end: r.end, message: r.message, suggestion: "", safe: false };
      const first = found.find((r) => r.message !== "caption");
      // A post ends in its link or its attribution; what comes before, up to the post's length,
      // is the post's text.
      const endsPost = found.some((r) => r.message === "attribution")
        || (first?.message === "link" && residues[n + 1]?.[0]?.message === "attribution" && residues[n + 1]![0]!.start === 0);
      if (!first || !endsPost || inPost.has(n)) continue;
      let budget = POST_LIMIT - postLength(block.text.slice(first.start, found.find((r) => r.message === "link")?.end ?? first.start));
      const own = block.text.slice(0, first.start);
      if (own.trim() !== "") {
        budget -= postLength(own);
        yield { block, start: own.search(/\S/u), end: own.trimEnd().length, message: "text", suggestion: "", safe: false };
      }
      // A post broken over two lines leaves one paragraph before its link. Going further back
      // would take the article's own short paragraphs for the post's; so would taking a
      // paragraph that introduces the post (ends in a colon) or quotes someone, as news does.
      const previous = blocks[n - 1];
      if (previous && previous.kind !== "heading" && residues[n - 1]!.length === 0 && !inPost.has(n - 1)
        && !/:\s*$/u.test(previous.text) && !QUOTED.test(previous.text) && postLength(previous.text) <= budget) {
        inPost.add(n - 1);
        yield { block: previous, start: previous.text.search(/\S/u), end: previous.text.trimEnd().length, message: "text", suggestion: "", safe: false };
      }
    }
  },
});
