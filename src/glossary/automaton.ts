// A trie of the glossary's phrases over case-folded UTF-16 code units, walked from each place
// where a phrase may start (no letter, mark or digit before it): however many phrases there are,
// each word start costs a few steps, as far as the text follows some phrase. (It was Aho–Corasick,
// which steps at every code unit, inside words too, where no match can start: four times slower.)

const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Lower case, one code unit for one code unit, so offsets survive folding. */
export function foldUnit(unit: string): string {
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}

// Folded code units and white space, by code unit, worked out on first sight.
const FOLDED = new Uint16Array(0x10000);
const SPACES = new Uint8Array(0x10000); // 0 unknown, 1 space, 2 not

function folded(unit: number): number {
  let f = FOLDED[unit]!;
  if (f === 0 && unit !== 0) FOLDED[unit] = f = foldUnit(String.fromCharCode(unit)).charCodeAt(0);
  return f;
}

const WORDISH_UNITS = new Uint8Array(0x10000); // 0 unknown, 1 letter, mark or digit, 2 not

/** A letter, mark or digit, by one UTF-16 code unit (a lone surrogate is none). */
function isWordish(unit: number): boolean {
  let w = WORDISH_UNITS[unit]!;
  if (w === 0) WORDISH_UNITS[unit] = w = WORDISH.test(String.fromCharCode(unit)) ? 1 : 2;
  return w === 1;
}

function isSpace(unit: number): boolean {
  let s = SPACES[unit]!;
  if (s === 0) SPACES[unit] = s = SPACE.test(String.fromCharCode(unit)) ? 1 : 2;
  return s === 1;
}

// Folded code units of the text being matched, and the offset each came from.
let scratch = { units: new Uint16Array(1024), origin: new Int32Array(1025) };

export type Automaton = Readonly<{
  match(text: string): { start: number; end: number; pattern: number }[];
}>;

/**
 * Builds the automaton for phrases (already folded, single spaces between words). In the text,
 * any run of white space matches one space; a match must not touch a letter, mark or digit.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // States in flat arrays: the first child and next sibling of each, the code unit leading to it.
  let capacity = 1024;
  let code = new Uint16Array(capacity);
  let firstChild = new Int32Array(capacity).fill(-1);
  let nextSibling = new Int32Array(capacity).fill(-1);
  let output = new Int32Array(capacity).fill(-1); // pattern ending here, longest first
  let size = 1;
  const grow = () => {
    capacity *= 2;
    const widen = <T extends Uint16Array | Int32Array>(a: T, fill?: number): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    code = widen(code);
    firstChild = widen(firstChild, -1);
    nextSibling = widen(nextSibling, -1);
    output = widen(output, -1);
  };
  const child = (state: number, unit: number): number => {
    for (let c = firstChild[state]!; c !== -1; c = nextSibling[c]!) if (code[c] === unit) return c;
    return -1;
  };
  for (const [index, pattern] of patterns.entries()) {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = child(state, unit);
      if (next === -1) {
        if (size === capacity) grow();
        next = size++;
        code[next] = unit;
        nextSibling[next] = firstChild[state]!;
        firstChild[state] = next;
      }
      state = next;
    }
    if (output[state] === -1) output[state] = index;
  }
  // The root has the most children: its transitions in a table, the rest by sibling lists.
  const rootNext = new Int32Array(0x10000).fill(0);
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) rootNext[code[c]!] = c;

  return {
    match(text) {
      // Fold the text: case per code unit, each run of white space to one space, with the
      // original offset of every folded unit.
      // (In typed arrays reused from call to call: a paragraph's worth of numbers pushed one by
      // one for every block was most of the matching time, and its garbage.)
      if (scratch.units.length < text.length + 1) scratch = { units: new Uint16Array(text.length * 2 + 1), origin: new Int32Array(text.length * 2 + 2) };
      const { units, origin } = scratch;
      let count = 0;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        origin[count] = i;
        if (isSpace(unit)) {
          units[count++] = 32;
          while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
        } else {
          units[count++] = folded(unit);
        }
      }
      origin[count] = text.length;
      const end = (k: number) => (k + 1 < count ? origin[k + 1]! : text.length);
      // A match starts where no letter, mark or digit comes before: from each such place, the
      // trie is walked as far as the text follows it, and the longest phrase that ends where no
      // letter, mark or digit follows is taken; the text goes on after it.
      const matches: { start: number; end: number; pattern: number }[] = [];
      for (let k = 0; k < count; k++) {
        const from = origin[k]!;
        if (from > 0 && isWordish(text.charCodeAt(from - 1))) continue;
        let length = 0;
        let pattern = -1;
        for (let j = k, state = rootNext[units[k]!]!; state > 0;) {
          if (output[state] !== -1) {
            const to = end(j);
            if (to >= text.length || !isWordish(text.charCodeAt(to))) {
              length = j - k + 1;
              pattern = output[state]!;
            }
          }
          if (++j >= count) break;
          state = child(state, units[j]!);
        }
        if (pattern === -1) continue;
        matches.push({ start: from, end: end(k + length - 1), pattern });
        k += length - 1;
      }
      return matches;
    },
  };
}
