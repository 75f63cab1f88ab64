// JSON written a piece at a time: a value whose one long array is produced as it is written,
// so that a report of 10,000 sets is never one string. The text is exactly JSON.stringify(value,
// null, 2)'s with the array in the hole.

// A string no report holds: JSON writes NUL as \u0000, and the rest is bitext's own key.
const HOLE = "\u0000bitext-json-stream\u0000";

/** JSON.stringify(value, null, 2) of `value(HOLE)`, the hole's place taken by an array of `items`. */
export function* jsonWithArray(value: (hole: string) => unknown, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(value(HOLE), null, 2);
  const marker = JSON.stringify(HOLE);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error("jsonWithArray: the value has no hole");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const indent = /^ */u.exec(text.slice(lineStart))![0];
  // Each item is written inside as many arrays as the hole is deep, so that JSON.stringify
  // indents it as it stands in the whole; the arrays' own lines, k(k+1) characters before and as
  // many after, are cut off. (Indenting the item's own text line by line copied it once more.)
  const depth = indent.length / 2 + 1;
  const wrapperLength = depth * (depth + 1);
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    let nested: unknown = item;
    for (let d = 0; d < depth; d++) nested = [nested];
    const json = JSON.stringify(nested, null, 2); // an array writes undefined as null, as the whole would
    yield `${first ? "[\n" : ",\n"}${json.slice(wrapperLength, json.length - wrapperLength)}`;
    first = false;
  }
  yield first ? "[]" : `\n${indent}]`;
  yield text.slice(at + marker.length);
}

/** All of a reporter's pieces as one string. */
export const joined = (pieces: Iterable<string>): string => (typeof pieces === "string" ? pieces : [...pieces].join(""));
