import { codePointTest } from "./code-points.js";

// The words right before a point of the text, read backwards by table: what
// /(?:[\p{L}\p{M}\p{N}'’-]+\s+){1,n}$/u finds at the end of a slice. That pattern, its class
// written out n times over, took 4 to 5 ms to compile, for each n, at the first "(FSB)" of a run.
const isWordUnit = codePointTest(/^[\p{L}\p{M}\p{N}'’-]$/u);
const isSpace = codePointTest(/^\s$/u);

/** The code point that ends at `end`, a pair counted only where both halves lie after `from`. */
function pointBefore(text: string, from: number, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= from) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(end - 2)!;
  }
  return low;
}

/** How far back from `end` (not before `from`) the code points `test` accepts run. */
function runStart(text: string, from: number, end: number, test: (cp: number) => boolean): number {
  let at = end;
  while (at > from) {
    const cp = pointBefore(text, from, at);
    if (!test(cp)) break;
    at -= cp > 0xffff ? 2 : 1;
  }
  return at;
}

/**
 * Where the last `count` words of text[from, end) begin, each followed by white space (letters,
 * marks, digits, apostrophes and hyphens; fewer where something else comes first), or -1 when no
 * word and white space end there: the index in `text` of what
 * /(?:[\p{L}\p{M}\p{N}'’-]+\s+){1,count}$/u matches in text.slice(from, end).
 */
export function wordsBefore(text: string, from: number, end: number, count: number): number {
  let start = -1;
  let at = end;
  for (let n = 0; n < count; n++) {
    const space = runStart(text, from, at, isSpace);
    if (space === at) break;
    const word = runStart(text, from, space, isWordUnit);
    if (word === space) break;
    start = at = word;
  }
  return start;
}
