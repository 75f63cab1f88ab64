import { codePointTest, runStartBefore } from "./code-points.js";

// The words right before a point of the text, read backwards by table: what
// /(?:[\p{L}\p{M}\p{N}'’-]+\s+){1,n}$/u finds at the end of a slice. That pattern, its class
// written out n times over, took 4 to 5 ms to compile, for each n, at the first "(FSB)" of a run.
const isWordUnit = codePointTest(/^[\p{L}\p{M}\p{N}'’-]$/u);
const isSpace = codePointTest(/^\s$/u);

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
    const space = runStartBefore(text, from, at, isSpace);
    if (space === at) break;
    const word = runStartBefore(text, from, space, isWordUnit);
    if (word === space) break;
    start = at = word;
  }
  return start;
}
