// Doubled words ("the the"), found as text/repeated-word reports them: a run of three or more is
// one, and the doubles a language's grammar allows are left alone.
import { codePointTest } from "./code-points.js";

const REPEAT = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)([ \t\u00A0\n]+)(\1)(?![\p{L}\p{M}\p{N}])/giu;
const REPEAT_AT = new RegExp(REPEAT.source, "iuy");
const DIGIT = /\p{N}/u;

// True when text[from, to) is all spaces, tabs, no-break spaces and newlines, as [ \t\u00A0\n]+ reads it.
function onlyGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x20 && unit !== 0x09 && unit !== 0xa0 && unit !== 0x0a) return false;
  }
  return true;
}

/**
 * What text.matchAll(REPEAT) gives, found faster: a match can only start where a word does (a
 * run of letters and marks after no digit) that the next word, after spaces alone, repeats with
 * as many code units (a back-reference matches text as long as the group), so the pattern is
 * tried there alone, not at every character of the paragraph. A property test holds the two equal.
 * (An array, not a generator: V8 optimises a generator's loop less readily, and most paragraphs
 * have no match at all.)
 */
export function repeats(text: string): readonly RegExpExecArray[] {
  let found: RegExpExecArray[] | undefined;
  let from = 0;
  let previousStart = -1;
  let previousEnd = -1;
  const n = text.length;
  // The words as /[\p{L}\p{M}]+/gu finds them (runs of letters and marks, by code point), read
  // with a table, not a match object a word; a code point is read whole only at a high surrogate.
  for (let i = 0; i < n;) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    if (!isLetterOrMark(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
      if (!isLetterOrMark(cp)) break;
    }
    const end = i;
    if (previousStart >= from && end - start === previousEnd - previousStart && start > previousEnd
      && onlyGap(text, previousEnd, start) && !(previousStart > 0 && DIGIT.test(text[previousStart - 1]!))) {
      REPEAT_AT.lastIndex = previousStart;
      const m = REPEAT_AT.exec(text);
      if (m) {
        from = m.index + m[0].length;
        (found ??= []).push(m);
      }
    }
    previousStart = start;
    previousEnd = end;
  }
  return found ?? NONE;
}

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

// A letter or mark, by code point.
const isLetterOrMark = codePointTest(/^[\p{L}\p{M}]$/u);

const NEXT_WORD = /[ \t\u00A0\n]+([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}])/uy;

// Two words the same but for case, as /^word$/iu compares them: a back-reference under the i
// and u flags compares as the word's own letters would.
const SAME_WORD = /^([\p{L}\p{M}]+)\n\1$/iu;
const sameWord = (word: string, other: string) => SAME_WORD.test(`${word}\n${other}`);

/** The word after the spaces at `at`, and where it ends; none when a digit follows it. */
function nextWord(text: string, at: number): { word: string; end: number } | undefined {
  NEXT_WORD.lastIndex = at;
  const m = NEXT_WORD.exec(text);
  return m ? { word: m[1]!, end: NEXT_WORD.lastIndex } : undefined;
}

// Doubles that grammar allows: "what it had had", "die Frauen, die die Stadt", "nous nous battons".
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["had", "that"]),
  de: new Set(["die", "der", "das", "den", "dem", "des"]),
  fr: new Set(["nous", "vous"]),
  nl: new Set(["die", "dat"]),
};

/** The doubled words of a paragraph in a language (a run of three or more is one), as the rule reports them. */
export function doubledWords(text: string, lang: string): { start: number; end: number; word: string }[] {
  const found: { start: number; end: number; word: string }[] = [];
  let covered = 0;
  for (const m of repeats(text)) {
    if (m.index < covered) continue;
    const [pair, first, , second] = m as unknown as [string, string, string, string];
    // "the the the": the whole run is one problem with one fix. (A pattern with \p{…} classes
    // and the i flag costs most of a millisecond to compile: the next word is read by one made
    // once, and compared by another, not by a pattern made of the word.)
    let end = m.index + pair.length;
    for (let next = nextWord(text, end); next && sameWord(first, next.word); next = nextWord(text, end)) end = next.end;
    covered = end;
    if (ALLOWED[lang]?.has(first.toLowerCase())) continue;
    // Bora Bora, Duran Duran: a capitalised pair mid-sentence is a name.
    const midSentence = /[\p{L}\p{N},;]\s*$/u.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (midSentence && /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) continue;
    found.push({ start: m.index, end, word: first });
  }
  return found;
}
