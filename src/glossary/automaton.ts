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
// bits), and whether it is white space or a letter, mark or digit. A high surrogate is marked as
// one: whether it opens a letter (𝒜, an Adlam or a CJK Extension B character) depends on the
// unit after it; a lone surrogate is neither.
const PROPERTIES = new Int32Array(0x10000).fill(-1);
const SPACE_BIT = 1 << 16;
const WORDISH_BIT = 1 << 17;
const HIGH_BIT = 1 << 18;

function properties(unit: number): number {
  let p = PROPERTIES[unit]!;
  if (p === -1) {
    const c = String.fromCharCode(unit);
    const high = unit >= 0xd800 && unit <= 0xdbff ? HIGH_BIT : 0;
    PROPERTIES[unit] = p = foldUnit(c).charCodeAt(0) | (SPACE.test(c) ? SPACE_BIT : 0) | (WORDISH.test(c) ? WORDISH_BIT : 0) | high;
  }
  return p;
}

const astralWordish = new Map<number, boolean>();

/** How many code units the letter, mark or digit at `at` takes: 0 for none (or the text's end). */
function wordishWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const p = properties(text.charCodeAt(at));
  if ((p & HIGH_BIT) === 0) return (p & WORDISH_BIT) === 0 ? 0 : 1;
  const point = text.codePointAt(at)!;
  if (point <= 0xffff) return 0;
  let wordish = astralWordish.get(point);
  if (wordish === undefined) astralWordish.set(point, (wordish = WORDISH.test(String.fromCodePoint(point))));
  return wordish ? 2 : 0;
}

/** True when the code point that ends at `end` (after `from`) is a letter, mark or digit. */
function wordishBefore(text: string, from: number, end: number): boolean {
  const unit = text.charCodeAt(end - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && end - 2 >= from) return wordishWidth(text, end - 2) === 2;
  return (properties(unit) & WORDISH_BIT) !== 0;
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
  // The root has the most children: its transitions in a table, the rest by sibling lists.
  const rootNext = new Int32Array(0x10000).fill(0);
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) rootNext[code[c]!] = c;
  return new Trie(code, firstChild, nextSibling, output, rootNext);
}

// One class for every glossary's and language's trie, its walk a method on the prototype: V8
// optimizes the walk once for all of them. (A closure an automaton had each language's calls
// throw away the others' optimized code, and each was optimized again: a third of a run's time
// in the walk went to that.)
class Trie implements Automaton {
  constructor(
    private readonly code: Uint16Array,
    private readonly firstChild: Int32Array,
    private readonly nextSibling: Int32Array,
    private readonly output: Int32Array,
    private readonly rootNext: Int32Array,
  ) {}

  private child(state: number, unit: number): number {
    const { code, nextSibling } = this;
    for (let c = this.firstChild[state]!; c !== -1; c = nextSibling[c]!) if (code[c] === unit) return c;
    return -1;
  }

  match(text: string): { start: number; end: number; pattern: number }[] {
    // One pass over the text, folding as it goes: from each place a phrase may start (no
    // letter, mark or digit before), the trie is walked as far as the text follows it, case
    // folded unit by unit and each run of white space read as one space, and the longest phrase
    // that ends where no letter, mark or digit follows is taken; the text goes on after it.
    // (It folded the whole text into typed arrays first, kept from call to call; read in place,
    // the text costs as much and no buffer as long as the longest paragraph is kept.)
    const { output, rootNext } = this;
    const matches: { start: number; end: number; pattern: number }[] = [];
    const n = text.length;
    let covered = 0;
    for (let i = 0; i < n;) {
      const p = properties(text.charCodeAt(i));
      if (i >= covered && (p & SPACE_BIT) === 0) {
        let state = rootNext[p & 0xffff]!;
        if (state !== 0) {
          let end = -1;
          let pattern = -1;
          // `at`: where the text after the units read so far begins.
          for (let at = i + 1; ;) {
            if (output[state] !== -1 && wordishWidth(text, at) === 0) {
              end = at;
              pattern = output[state]!;
            }
            if (at >= n) break;
            const q = properties(text.charCodeAt(at++));
            let unit = q & 0xffff;
            if (q & SPACE_BIT) {
              unit = 32;
              while (at < n && properties(text.charCodeAt(at)) & SPACE_BIT) at++;
            }
            state = this.child(state, unit);
            if (state === -1) break;
          }
          if (pattern !== -1) {
            matches.push({ start: i, end, pattern });
            covered = end;
            // The text goes on after the match; a unit after a letter, mark or digit starts nothing.
            i = wordishBefore(text, i, end) ? end + 1 : end;
            continue;
          }
        }
      }
      // The rest of a word, and the unit after it, start nothing: they are skipped in a loop of
      // their own (one test a unit, where each unit's own turn cost three), wordishWidth written
      // out but for surrogates (called for every unit, the walk took 1.15 times as long).
      let width = (p & HIGH_BIT) === 0 ? ((p & WORDISH_BIT) === 0 ? 0 : 1) : wordishWidth(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      for (;;) {
        i += width;
        if (i >= n) break;
        const q = properties(text.charCodeAt(i));
        if ((q & HIGH_BIT) !== 0) {
          if ((width = wordishWidth(text, i)) === 0) break;
        } else if ((q & WORDISH_BIT) === 0) break;
        else width = 1;
      }
      i++;
    }
    return matches;
  }
}
