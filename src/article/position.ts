import type { OffsetRun, SourceText, TextBlock } from "../types.js";

export type Position = { line: number; column: number };

/** 1-based line and column (UTF-16 code units) of an offset into the decoded text. */
export function positionAt(source: SourceText, offset: number): Position {
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Byte offset in the file (BOM included) of an offset into the decoded text. */
export function byteOffsetAt(source: SourceText, offset: number): number {
  return (source.bom ? 3 : 0) + Buffer.byteLength(source.text.slice(0, offset), "utf8");
}

function runAt(runs: readonly OffsetRun[], at: number): OffsetRun {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo]!;
}

/** The file span [start, end) of block text [start, end). */
export function fileSpan(block: TextBlock, start: number, end: number): [number, number] {
  const first = runAt(block.runs, start);
  const from = first.sourceLength === first.length ? first.offset + start - first.at : first.offset;
  if (end <= start) return [from, from];
  const last = runAt(block.runs, end - 1);
  const to = last.sourceLength === last.length
    ? last.offset + end - last.at
    : last.offset + last.sourceLength;
  return [from, Math.max(from, to)];
}
