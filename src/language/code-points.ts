// A Unicode property of a code point, as a regular expression tests it, remembered in a table for
// the Basic Multilingual Plane: the scans of every paragraph (words, letters) ask it of every
// character, and a table is many times faster than a match object a character.

/** A test of one code point against `pattern` (a class, /^[\p{L}\p{M}]$/u), by table below U+10000. */
export function codePointTest(pattern: RegExp): (cp: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not yet known, 1 matches, 2 does not
  return (cp) => {
    if (cp > 0xffff) return pattern.test(String.fromCodePoint(cp));
    let k = known[cp]!;
    if (k === 0) known[cp] = k = pattern.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  };
}

/**
 * Where the run of code points `test` accepts that ends at `end` begins (not before `from`), read
 * backwards: a surrogate pair is one code point where both halves lie after `from`.
 */
export function runStartBefore(text: string, from: number, end: number, test: (cp: number) => boolean): number {
  let at = end;
  while (at > from) {
    const low = text.charCodeAt(at - 1);
    const high = at - 2 >= from ? text.charCodeAt(at - 2) : 0;
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    if (!test(pair ? text.codePointAt(at - 2)! : low)) break;
    at -= pair ? 2 : 1;
  }
  return at;
}

const isLetter = codePointTest(/^\p{L}$/u);

/** How many letters a text holds, by code point: text.match(/\p{L}/gu)?.length ?? 0, without the array. */
export function countLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (isLetter(cp)) count++;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** A regular expression's class of these UTF-16 code units, each written as an escape: [\u00ab\u00bb]. */
export function unitClass(units: Iterable<number>): string {
  return `[${[...units].map((unit) => `\\u${unit.toString(16).padStart(4, "0")}`).join("")}]`;
}
