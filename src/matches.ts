// The matches of a global pattern in a text, as [...text.matchAll(pattern)] gives them. matchAll
// copies the pattern on every call (the RegExp constructor, a look-up of its compiled form by its
// source): a third of what a short paragraph's search costs, paid for every paragraph by every
// rule. This runs the pattern itself, from 0 to its last match, and leaves it at 0.

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/** Every match of `pattern` (which has the g flag) in `text`, in order. */
export function matchesOf(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NONE;
  const found: RegExpExecArray[] = [];
  for (; m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by a character (a code point with the u or v flag), as matchAll does.
    if (m[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
