// Aho–Corasick over case-folded UTF-16 code units: every glossary phrase found in one pass over
// the text, however many phrases there are, in time linear in the text plus the matches.

const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Lower case, one code unit for one code unit, so offsets survive folding. */
export function foldUnit(unit: string): string {
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}

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

  return {
    match(text) {
      // Fold the text: case per code unit, each run of white space to one space, with the
      // original offset of every folded unit.
      const units: number[] = [];
      const origin: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (SPACE.test(ch)) {
          let j = i;
          while (j + 1 < text.length && SPACE.test(text[j + 1]!)) j++;
          units.push(32);
          origin.push(i);
          i = j;
          continue;
        }
        units.push(foldUnit(ch).charCodeAt(0));
        origin.push(i);
      }
      origin.push(text.length);
      const end = (k: number) => (k + 1 < origin.length - 1 ? origin[k + 1]! : text.length);
      // The longest valid match starting at each folded offset.
      const best = new Map<number, { length: number; pattern: number }>();
      const wordish = (at: number) => at >= 0 && at < text.length && WORDISH.test(text[at]!);
      let state = 0;
      for (let k = 0; k < units.length; k++) {
        const unit = units[k]!;
        while (state !== 0 && child(state, unit) === -1) state = fail[state]!;
        const next = child(state, unit);
        state = next === -1 ? 0 : next;
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
