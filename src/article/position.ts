import { lastAtMost } from "../sorted.js";
import type { OffsetRun, SourceText, TextBlock } from "../types.js";

export type Position = { line: number; column: number };

/** 1-based line and column (UTF-16 code units) of an offset into the decoded text. */
export function positionAt(source: SourceText, offset: number): Position {
  const starts = source.lineStarts;
  const line = Math.max(0, lastAtMost(starts.length, (i) => starts[i]!, offset));
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

/** The offset into the decoded text of a 1-based line and column: positionAt's inverse. */
export function offsetAt(source: SourceText, line: number, column: number): number {
  return (source.lineStarts[line - 1] ?? 0) + column - 1;
}

// Byte offsets of every CHUNK-th character, so that a byte offset costs at most CHUNK
// characters of counting, however long the line and however many diagnostics it has; and
// whether the text holds a lone surrogate (text decoded from UTF-8 never does).
const CHUNK = 1024;
type Checkpoints = { marks: number[]; lone: boolean };
const checkpoints = new WeakMap<SourceText, Checkpoints>();

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

// UTF-8 bytes of text[from, to), counted per UTF-16 unit so that a span may split a surrogate
// pair: each half of a pair counts 2 of its 4 bytes. Counted by Buffer.byteLength, natively (a
// loop over every character of every article with a fix ran in the interpreter for most of a
// run), which counts a pair 4 and a lone half 3: a pair the span's ends split is corrected for,
// and a text with lone halves is counted unit by unit.
function utf8Length(text: string, from: number, to: number, lone: boolean): number {
  if (lone) {
    let bytes = 0;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
    }
    return bytes;
  }
  if (to <= from) return 0;
  let bytes = Buffer.byteLength(text.slice(from, to), "utf8");
  if (isLow(text.charCodeAt(from))) bytes--; // the second half of a pair split at `from`
  if (isHigh(text.charCodeAt(to - 1))) bytes--; // the first half of a pair split at `to`
  return bytes;
}

/** Byte offset in the file (BOM included) of an offset into the decoded text. */
export function byteOffsetAt(source: SourceText, offset: number): number {
  let points = checkpoints.get(source);
  if (!points) {
    const lone = !source.text.isWellFormed(); // a native scan: a pattern took six times as long
    const marks = [source.bom ? 3 : 0];
    for (let at = CHUNK; at <= source.text.length; at += CHUNK) marks.push(marks.at(-1)! + utf8Length(source.text, at - CHUNK, at, lone));
    checkpoints.set(source, (points = { marks, lone }));
  }
  const chunk = Math.floor(offset / CHUNK);
  return points.marks[chunk]! + utf8Length(source.text, chunk * CHUNK, offset, points.lone);
}
function runAt(runs: readonly OffsetRun[], at: number): OffsetRun {
  return runs[Math.max(0, lastAtMost(runs.length, (i) => runs[i]!.at, at))]!;
}

/** The file span [start, end) of block text [start, end). */
export function fileSpan(block: TextBlock, start: number, end: number): [number, number] {
  const first = runAt(block.runs, start);
  const from = first.sourceLength === first.length ? first.offset + start - first.at : first.offset;
  if (end <= start) {
    // A point where the file has markup between two runs (an XLIFF inline code) is where the
    // markup starts: the code a finding is about.
    const index = block.runs.indexOf(first);
    const previous = index > 0 && start === first.at ? block.runs[index - 1]! : undefined;
    const gap = previous ? previous.offset + previous.sourceLength : from;
    return previous && gap < from ? [gap, gap] : [from, from];
  }
  const last = runAt(block.runs, end - 1);
  const to = last.sourceLength === last.length
    ? last.offset + end - last.at
    : last.offset + last.sourceLength;
  return [from, Math.max(from, to)];
}

/** The 1-based line and column where a block starts in its file. */
export function blockStart(source: SourceText, block: TextBlock): Position {
  return positionAt(source, fileSpan(block, 0, 0)[0]);
}
