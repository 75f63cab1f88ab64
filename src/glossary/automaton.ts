// Aho–Corasick over case-folded UTF-16 code units: every glossary phrase found in one pass over
// the text, however many phrases there are, in time linear in the text plus the matches.

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
  // Failure links (breadth first) and, for each state, the nearest state on its failure chain
  // that ends a pattern.
  const fail = new Int32Array(size);
  const dictionary = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) queue[tail++] = c;
  while (head < tail) {
    const state = queue[head++]!;
    for (let c = firstChild[state]!; c !== -1; c = nextSibling[c]!) {
      let f = fail[state]!;
      while (f !== 0 && child(f, code[c]!) === -1) f = fail[f]!;
      const g = child(f, code[c]!);
      fail[c] = g !== -1 && g !== c ? g : 0;
      dictionary[c] = output[fail[c]!] !== -1 ? fail[c]! : dictionary[fail[c]!]!;
      queue[tail++] = c;
    }
  }
  const depth = new Int32Array(size);
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) depth[c] = 1;
  for (let k = 0; k < tail; k++) {
    const state = queue[k]!;
    for (let c = firstChild[state]!; c !== -1; c = nextSibling[c]!) depth[c] = depth[state]! + 1;
  }

  // The root has the most children: its transitions in a table, the rest by sibling lists.
  const rootNext = new Int32Array(0x10000).fill(0);
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) rootNext[code[c]!] = c;
  const step = (state: number, unit: number): number => {
    while (state !== 0) {
      const next = child(state, unit);
      if (next !== -1) return next;
      state = fail[state]!;
    }
    return rootNext[unit]!;
  };

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
      // The longest valid match starting at each folded offset.
      const best = new Map<number, { length: number; pattern: number }>();
      const wordish = (at: number) => at >= 0 && at < text.length && WORDISH.test(text[at]!);
      let state = 0;
      for (let k = 0; k < count; k++) {
        state = step(state, units[k]!);
        for (let s = output[state] !== -1 ? state : dictionary[state]!; s !== -1 && s !== 0; s = dictionary[s]!) {
          const length = depth[s]!;
          const start = k - length + 1;
          const from = origin[start]!;
          const to = end(k);
          if (wordish(from - 1) || wordish(to)) continue;
          const current = best.get(start);
          if (!current || current.length < length) best.set(start, { length, pattern: output[s]! });
        }
      }
      const matches: { start: number; end: number; pattern: number }[] = [];
      let covered = 0;
      for (const start of [...best.keys()].sort((a, b) => a - b)) {
        if (start < covered) continue;
        const { length, pattern } = best.get(start)!;
        matches.push({ start: origin[start]!, end: end(start + length - 1), pattern });
        covered = start + length;
      }
      return matches;
    },
  };
}
