import type { FileDiff, Translate, WordChange } from "../types.js";
import { columnLine, displayWidth } from "./columns.js";

type Piece = { text: string; style?: "add" | "del" };

const paint = (piece: Piece, color: boolean) => {
  if (!piece.style) return piece.text;
  if (!color) return piece.style === "add" ? `{+${piece.text}+}` : `[-${piece.text}-]`;
  return piece.style === "add" ? `\u001b[32;4m${piece.text}\u001b[39;24m` : `\u001b[31;9m${piece.text}\u001b[39;29m`;
};
const visible = (piece: Piece, color: boolean) => displayWidth(piece.text) + (piece.style && !color ? 4 : 0);

/** Wraps styled words to a width, counting only what shows; a run of one style is marked once. */
function wrap(pieces: readonly Piece[], width: number, color: boolean): string[] {
  const words: Piece[] = pieces.flatMap((p) => p.text.split(/(\s+)/u).filter(Boolean).map((text) => ({ text: /^\s+$/u.test(text) ? " " : text, ...(p.style ? { style: p.style } : {}) })));
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let length = 0;
  for (const word of words) {
    const space = word.text === " ";
    if (space && length === 0) continue;
    const size = visible(word, color);
    if (!space && length > 0 && length + size > width) {
      while (line.at(-1)?.text === " ") line.pop();
      lines.push(line);
      line = [];
      length = 0;
    }
    line.push(word);
    length += size;
  }
  while (line.at(-1)?.text === " ") line.pop();
  if (line.length > 0) lines.push(line);
  return lines.map((pieces) => {
    const runs: Piece[] = [];
    for (const piece of pieces) {
      const last = runs.at(-1);
      if (last && last.style === piece.style) last.text += piece.text;
      else runs.push({ ...piece });
    }
    return runs.map((r) => paint(r, color)).join("");
  });
}


/** Changed paragraphs side by side: the word diff on the left, the translation (or new text) on the right. */
export function diffSideBySide(diffs: readonly FileDiff[], t: Translate, width = 100, color = false): string {
  const column = Math.max(20, Math.floor((width - 3) / 2));
  const out: string[] = [];
  for (const diff of diffs) {
    out.push(diff.revision
      ? t("report.diff.revisionHeader", { translation: diff.right, source: diff.left, revision: diff.revision, count: diff.entries.length })
      : t("report.diff.filesHeader", { left: diff.left, right: diff.right, count: diff.entries.length }));
    for (const entry of diff.entries) {
      out.push(`${"─".repeat(column)}─┬─${"─".repeat(column)}`);
      out.push(`${columnLine(`${diff.left}:${entry.leftLines.join(",") || "—"}`, column, "en")} │ ${diff.right}:${entry.rightLines.join(",") || "—"}`);
      const changes: Piece[] = entry.changes.map((c: WordChange) => ({ text: c.text, ...(c.added ? { style: "add" as const } : c.removed ? { style: "del" as const } : {}) }));
      const left = diff.revision ? wrap(changes, column, color) : wrap(changes.filter((c) => c.style !== "add"), column, color);
      const right = diff.revision
        ? (entry.beside ? wrap([{ text: entry.beside }], column, color) : [t("report.diff.untranslated")])
        : wrap(changes.filter((c) => c.style !== "del"), column, color);
      for (let i = 0; i < Math.max(left.length, right.length); i++) {
        out.push(`${columnLine(left[i] ?? "", column, diff.leftLang)} │ ${columnLine(right[i] ?? "", column, diff.rightLang)}`.trimEnd());
      }
    }
    out.push("");
  }
  if (diffs.every((d) => d.entries.length === 0)) out.push(t("report.diff.none"));
  return `${out.join("\n").trimEnd()}\n`;
}
