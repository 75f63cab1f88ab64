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
  const inner = `${indent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(item, null, 2) ?? "null"; // as JSON.stringify writes undefined in an array
    yield `${first ? "[\n" : ",\n"}${inner}${json.replaceAll("\n", `\n${inner}`)}`;
    first = false;
  }
  yield first ? "[]" : `\n${indent}]`;
  yield text.slice(at + marker.length);
}

/** All of a reporter's pieces as one string. */
export const joined = (pieces: Iterable<string>): string => (typeof pieces === "string" ? pieces : [...pieces].join(""));
