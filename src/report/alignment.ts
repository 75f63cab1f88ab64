import { blockStart } from "../article/position.js";
import { columnLine, wrapText } from "./columns.js";
import type { Alignment, BlockLink, TextBlock } from "../types.js";

const typeOf = (link: BlockLink) => `${link.source.length}-${link.target.length}`;
const lineOf = (alignment: Alignment, side: "source" | "target", block: TextBlock) =>
  blockStart(alignment[side].source, block).line;

/** The alignment report of DESIGN.md (version 1). */
export function alignmentJson(alignment: Alignment): string {
  const index = (blocks: readonly TextBlock[]) => blocks.map((b) => b.index);
  return `${JSON.stringify({
    version: 1,
    source: { file: alignment.source.file, lang: alignment.source.lang },
    target: { file: alignment.target.file, lang: alignment.target.lang },
    links: alignment.links.map((link) => ({
      type: typeOf(link),
      source: index(link.source),
      target: index(link.target),
      sourceLines: link.source.map((b) => lineOf(alignment, "source", b)),
      targetLines: link.target.map((b) => lineOf(alignment, "target", b)),
      score: link.score,
      ...(link.sentences ? { sentences: link.sentences } : {}),
    })),
  }, null, 2)}\n`;
}

// Tabs and line breaks would break a TSV row.
const cell = (text: string) => text.replace(/[\t\r\n]+/gu, " ");

/** One row per link: type, score, source blocks, target blocks, source text, target text. */
export function alignmentTsv(alignment: Alignment): string {
  const rows = alignment.links.map((link) => [
    typeOf(link), link.score.toFixed(3), link.source.map((b) => b.index).join(","), link.target.map((b) => b.index).join(","),
    cell(link.source.map((b) => b.text).join(" ")), cell(link.target.map((b) => b.text).join(" ")),
  ].join("\t"));
  return `${["type\tscore\tsource\ttarget\tsource_text\ttarget_text", ...rows].join("\n")}\n`;
}

/** Source and translation side by side, in wrapped columns, each pair with its type and score. */
export function alignmentSideBySide(alignment: Alignment, width = 100, color = false): string {
  const column = Math.max(20, Math.floor((width - 3) / 2));
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const { source, target } = alignment;
  const out: string[] = [];
  // Two columns of lines side by side, each wrapped to its width (a long file name too).
  const side = (left: readonly string[], right: readonly string[], leftLang: string, rightLang: string) => {
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(`${columnLine(left[i] ?? "", column, leftLang)} │ ${columnLine(right[i] ?? "", column, rightLang)}`.trimEnd());
    }
  };
  side(wrapText(source.file, column), wrapText(target.file, column), "en", "en");
  out.push(`${"─".repeat(column)}─┼─${"─".repeat(column)}`);
  for (const link of alignment.links) {
    out.push(dim(`${typeOf(link)}  ${link.score.toFixed(2)}`));
    side(link.source.flatMap((b) => wrapText(b.text, column)), link.target.flatMap((b) => wrapText(b.text, column)), source.lang, target.lang);
  }
  return `${out.join("\n")}\n`;
}
