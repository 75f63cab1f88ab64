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

// What the matcher needs of a code unit, worked out on first sight: its folded unit (low 16
// bits), and whether it is white space or a letter, mark or digit (a lone surrogate is neither).
const PROPERTIES = new Int32Array(0x10000).fill(-1);
const SPACE_BIT = 1 << 16;
const WORDISH_BIT = 1 << 17;

function properties(unit: number): number {
  let p = PROPERTIES[unit]!;
  if (p === -1) {
    const c = String.fromCharCode(unit);
    PROPERTIES[unit] = p = foldUnit(c).charCodeAt(0) | (SPACE.test(c) ? SPACE_BIT : 0) | (WORDISH.test(c) ? WORDISH_BIT : 0);
  }
  return p;
}

// Folded code units of the text being matched, the offset each came from, and the folded
// offsets where a phrase may start.
let scratch = { units: new Uint16Array(1024), origin: new Int32Array(1025), starts: new Int32Array(1024) };

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
      if (scratch.units.length < text.length + 1) {
        scratch = { units: new Uint16Array(text.length * 2 + 1), origin: new Int32Array(text.length * 2 + 2), starts: new Int32Array(text.length * 2 + 1) };
      }
      const { units, origin, starts } = scratch;
      let count = 0;
      let startCount = 0;
      // A phrase may start where no letter, mark or digit comes before.
      let afterWordish = false;
      for (let i = 0; i < text.length; i++) {
        const p = properties(text.charCodeAt(i));
        origin[count] = i;
        if (!afterWordish) starts[startCount++] = count;
        if (p & SPACE_BIT) {
          units[count++] = 32;
          while (i + 1 < text.length && properties(text.charCodeAt(i + 1)) & SPACE_BIT) i++;
          afterWordish = false;
        } else {
          units[count++] = p & 0xffff;
          afterWordish = (p & WORDISH_BIT) !== 0;
        }
      }
      origin[count] = text.length;
      const end = (k: number) => (k + 1 < count ? origin[k + 1]! : text.length);
      // From each place a phrase may start, the trie is walked as far as the text follows it,
      // and the longest phrase that ends where no letter, mark or digit follows is taken; the
      // text goes on after it.
      const matches: { start: number; end: number; pattern: number }[] = [];
      let covered = 0;
      for (let n = 0; n < startCount; n++) {
        const k = starts[n]!;
        if (k < covered) continue;
        let length = 0;
        let pattern = -1;
        for (let j = k, state = rootNext[units[k]!]!; state > 0;) {
          if (output[state] !== -1) {
            const to = end(j);
            if (to >= text.length || (properties(text.charCodeAt(to)) & WORDISH_BIT) === 0) {
              length = j - k + 1;
              pattern = output[state]!;
            }
          }
          if (++j >= count) break;
          state = child(state, units[j]!);
        }
        if (pattern === -1) continue;
        matches.push({ start: origin[k]!, end: end(k + length - 1), pattern });
        covered = k + length;
      }
      return matches;
    },
  };
}
