import { matchesOf } from "../matches.js";
import { defineCheck } from "./define.js";

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?\/?>/gu;
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/gu;
// Markdown that was never rendered, seen in plain-text exports and in fields a CMS escaped.
const MARKDOWN = /\*\*[^*\n]+\*\*|(?<![\p{L}\p{N}_])__[^_\n]+__(?![\p{L}\p{N}_])|!?\[[^\]\n]{1,200}\]\((?:https?:\/\/|\/|#)[^)\s]*\)|^#{1,6}\s/gmu;
// WordPress and page-builder shortcodes, and template tags.
const SHORTCODE = /\[\/?(?:caption|embed|video|audio|gallery|playlist|tweet|twitter|youtube|instagram|facebook|vimeo|iframe|su_[a-z_]+|vc_[a-z_]+|et_pb_[a-z_]+)(?:\s[^\]\n]{0,200})?\]|\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}/giu;

const MARKUP_MARK = /[<&*_[{#]/u;

const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00A0", amp: "&", quot: "\"", apos: "'", lt: "<", gt: ">", mdash: "—", ndash: "–",
  hellip: "…", laquo: "«", raquo: "»", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", bdquo: "„",
  shy: "\u00AD", euro: "€", copy: "©", deg: "°",
};

function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
  return NAMED[body.toLowerCase()];
}

export const strayMarkup = defineCheck({
  id: "stray/markup",
  severity: "error",
  messages: ["tag", "entity", "markdown", "shortcode"],
  docs: {
    summary: "HTML tags or entities, unrendered Markdown or CMS shortcodes in running text.",
    bad: "The governor&nbsp;said <b>several</b> buildings were hit [caption id=\"12\"].",
    good: "The governor said several buildings were hit, one of them <3 km from the border.",
  },
  *run({ blocks }) {
    for (const block of blocks) {
      // Every pattern needs one of these: < for a tag, & for an entity, * _ [ # for Markdown, [ { for a shortcode.
      if (!MARKUP_MARK.test(block.text)) continue;
      for (const m of matchesOf(TAG, block.text)) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "tag", values: { found: m[0] }, suggestion: "", safe: false };
      }
      for (const m of matchesOf(ENTITY, block.text)) {
        let decoded: string | undefined;
        try {
          decoded = decodeEntity(m[0]);
        } catch {
          decoded = undefined; // a code point out of range
        }
        yield { block, start: m.index, end: m.index + m[0].length, message: "entity", values: { found: m[0] },
          ...(decoded === undefined ? {} : { suggestion: decoded, safe: true }) };
      }
      for (const m of matchesOf(MARKDOWN, block.text)) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "markdown", values: { found: m[0].trim() } };
      }
      for (const m of matchesOf(SHORTCODE, block.text)) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "shortcode", values: { found: m[0] }, suggestion: "", safe: false };
      }
    }
  },
});
