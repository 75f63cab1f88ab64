// Quotation-mark conventions and a tokenizer that reads the marks of one block in context.
// The three quote checks share it, so they agree on what each mark is.

import { matchesOf } from "../matches.js";
import { codePointTest, unitClass } from "./code-points.js";

export type QuotePair = readonly [open: string, close: string];

export type QuoteConvention = Readonly<{
  pairs: readonly QuotePair[]; // every pair the language's style guides accept, primary first
  primary: QuotePair;
  secondary: QuotePair;
  spaced: boolean; // French: « mot », a space inside the guillemets
  /** Pairs that may open a quotation at the top level; the others only inside one. Omitted: all. */
  outer?: readonly QuotePair[];
}>;

const q = (marks: string): QuotePair => [marks[0]!, marks[1]!];

// Sources: Chicago/AP and Oxford (en: “ ” with ‘ ’ inside, or British ‘ ’ with “ ” inside),
// RAE Ortografía 2010 §3.4.8 (es: « » then “ ” then ‘ ’; “ ” is common in the press),
// Imprimerie nationale (fr: « » with spaces, “ ” inside), Duden (de: „ “ or » «, ‚ ‘ inside),
// Правопис 2019 §161 (uk) and Розенталь (ru): « » then „ “.
const CONVENTIONS: Readonly<Record<string, QuoteConvention>> = {
  en: { pairs: [q("“”"), q("‘’")], primary: q("“”"), secondary: q("‘’"), spaced: false },
  es: { pairs: [q("«»"), q("“”"), q("‘’")], primary: q("«»"), secondary: q("“”"), spaced: false },
  fr: { pairs: [q("«»"), q("“”")], primary: q("«»"), secondary: q("“”"), spaced: true, outer: [q("«»")] },
  de: { pairs: [q("„“"), q("‚‘"), q("»«"), q("›‹")], primary: q("„“"), secondary: q("‚‘"), spaced: false },
  uk: { pairs: [q("«»"), q("„“")], primary: q("«»"), secondary: q("„“"), spaced: false },
  ru: { pairs: [q("«»"), q("„“")], primary: q("«»"), secondary: q("„“"), spaced: false },
  it: { pairs: [q("«»"), q("“”"), q("‘’")], primary: q("«»"), secondary: q("“”"), spaced: false },
  pt: { pairs: [q("“”"), q("«»"), q("‘’")], primary: q("“”"), secondary: q("‘’"), spaced: false },
  pl: { pairs: [q("„”"), q("«»")], primary: q("„”"), secondary: q("«»"), spaced: false },
};
// Swiss German and Swiss French both use guillemets, German without spaces.
const REGIONAL: Readonly<Record<string, QuoteConvention>> = {
  "de-ch": { pairs: [q("«»"), q("‹›")], primary: q("«»"), secondary: q("‹›"), spaced: false },
};

export const QUOTE_LANGUAGES: readonly string[] = Object.keys(CONVENTIONS);

export function quoteConvention(lang: string, tag = lang): QuoteConvention | undefined {
  return REGIONAL[tag.toLowerCase()] ?? CONVENTIONS[lang];
}

// Every pair used anywhere, to read a mark that is foreign to the language.
const ALL_PAIRS: readonly QuotePair[] = [
  q("“”"), q("„“"), q("„”"), q("«»"), q("»«"), q("‘’"), q("‚‘"), q("‹›"), q("›‹"), q("\"\""),
];
const MARKS = new Set(ALL_PAIRS.flat());
// Every mark is one UTF-16 code unit. A paragraph is scanned for them by a regular expression,
// from mark to mark: most paragraphs hold none or a few, and V8 runs a pattern as machine code
// from its first calls, where a loop over every character runs in the interpreter for the first
// few thousand paragraphs of a run (half the time the rule took on 600 articles).
const MARK_CLASS = unitClass([...MARKS].map((mark) => mark.charCodeAt(0)));
const ANY_MARK = new RegExp(MARK_CLASS);
const NEXT_MARK = new RegExp(MARK_CLASS, "g");
// Every analysis, and every mark, has one shape, so that the rules reading them stay optimised:
// a frozen empty analysis beside the others, or marks with and without their optional fields,
// sent V8 back to the interpreter once it met the second shape, to optimise the rule again.
const NO_MARKS: QuoteAnalysis = { marks: [], unclosed: [], unopened: [] };

export type MarkRole = "open" | "close";
export type Misplacement = "insideWord" | "spaceBeforeClose" | "spaceAfterOpen" | "closeAsOpen";

export type QuoteMark = Readonly<{
  index: number;
  char: string;
  role: MarkRole;
  pair: QuotePair;
  foreign: boolean; // not among the language's pairs
  nested: boolean; // opens the same pair that is already open
  misplaced: Misplacement | undefined;
  /** Opens (or closes) at the top level a pair the language keeps for quotations inside others. */
  innerAtTop: boolean;
}>;

export type QuoteAnalysis = Readonly<{
  marks: readonly QuoteMark[];
  unclosed: readonly QuoteMark[]; // opened, never closed in this block
  unopened: readonly QuoteMark[]; // closed, never opened
}>;

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?\/?>/gu;
const SPACE = /\s/u;
const BEFORE_OPEN = /[\s([{\u2014\u2013/-]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2026\u2014\u2013-]/u;

// A mark's neighbours are one code unit each (or none, at the text's ends): what each is, read by
// table (each pattern tried on each neighbour of each mark was a fifth of reading the marks).
const unitIs = (pattern: RegExp) => codePointTest(new RegExp(`^(?:${pattern.source})$`, pattern.flags));
const letter = unitIs(LETTER);
const space = unitIs(SPACE);
const beforeOpen = unitIs(BEFORE_OPEN);
const afterClose = unitIs(AFTER_CLOSE);
const isLetter = (c: string) => c !== "" && letter(c.charCodeAt(0));
const isSpace = (c: string) => c !== "" && space(c.charCodeAt(0));
const opensAfter = (c: string) => c === "" || beforeOpen(c.charCodeAt(0)) || MARKS.has(c);
const closesBefore = (c: string) => c === "" || afterClose(c.charCodeAt(0)) || MARKS.has(c);

/** Reads every quotation mark of a block: what it does, whether it is placed and paired well. */
export function analyzeQuotes(text: string, convention: QuoteConvention): QuoteAnalysis {
  if (!ANY_MARK.test(text)) return NO_MARKS;
  const marks: QuoteMark[] = [];
  const unopened: QuoteMark[] = [];
  const stack: QuoteMark[] = [];
  const unclosed: QuoteMark[] = [];
  const own = (c: string, side: 0 | 1) => convention.pairs.find((p) => p[side] === c);
  const usesRightSingle = own("’", 1) !== undefined;

  // Quotes inside an HTML tag are its attribute syntax, not the text's (stray/markup reports the tag).
  const tags = text.includes("<") ? matchesOf(HTML_TAG, text).map((m) => [m.index, m.index + m[0].length] as const) : [];
  let tag = 0;
  NEXT_MARK.lastIndex = 0;
  for (let found = NEXT_MARK.exec(text); found !== null; found = NEXT_MARK.exec(text)) {
    const i = found.index;
    const c = found[0];
    while (tag < tags.length && tags[tag]![1] <= i) tag++;
    if (tag < tags.length && tags[tag]![0] <= i) continue;
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    const top = stack.at(-1);

    if (c === "’" && isApostrophe(before, after, usesRightSingle, stack)) continue;

    const atOpen = opensAfter(before) && !isSpace(after) && after !== "";
    const atClose = closesBefore(after) && !isSpace(before) && before !== "";
    const inside = isLetter(before) && isLetter(after);
    const openPair = own(c, 0);
    const closePair = own(c, 1);
    const foreign = !openPair && !closePair;

    let role: MarkRole;
    let misplaced: Misplacement | undefined;
    if (inside) {
      marks.push({ index: i, char: c, role: "close", pair: closePair ?? openPair ?? pairOf(c, 1), foreign, nested: false, misplaced: "insideWord", innerAtTop: false });
      continue; // a mark inside a word pairs with nothing
    }
    if (top?.foreign && top.pair[1] === c && !atOpen) role = "close"; // „Hello“ in English
    else if (openPair && !closePair) role = "open";
    else if (closePair && !openPair) role = "close";
    else if (atOpen && !atClose) role = "open";
    else if (atClose && !atOpen) role = "close";
    else role = top && top.pair[1] === c ? "close" : "open";

    const guillemet = convention.spaced && (c === "«" || c === "»");
    if (!guillemet && !foreign) {
      if (role === "close" && atOpen && isSpace(before)) {
        // After “, ” the mark closes what came before: `day by day, ”says Melvin`.
        if (stack.length > 0 || /[,.;!?\u2026]/u.test(text[i - 2] ?? "")) misplaced = "spaceBeforeClose";
        else {
          // A closing mark that opens: the author's keyboard, or another language's style.
          const opener = ALL_PAIRS.find((p) => p[0] === c);
          misplaced = opener && !convention.pairs.some((p) => p[0] === c) ? undefined : "closeAsOpen";
          role = "open";
        }
      } else if (role === "close" && isSpace(before) && closesBefore(after) && stack.length > 0) {
        misplaced = "spaceBeforeClose";
      } else if (role === "open" && isSpace(after) && opensAfter(before)) {
        misplaced = "spaceAfterOpen";
      }
    }

    const pair = role === "open"
      ? openPair ?? (misplaced === "closeAsOpen" ? closePair : undefined) ?? pairOf(c, 0)
      : closePair ?? pairOf(c, 1);
    const nested = role === "open" && top !== undefined && top.pair[0] === pair[0] && top.pair[1] === pair[1];
    const isForeign = foreign || !(own(pair[0], 0));
    const depth = role === "close" ? findOpener(stack, c) : -1;
    const innerAtTop = role === "open"
      ? stack.length === 0 && !isForeign && convention.outer !== undefined && !convention.outer.some((p) => p[0] === pair[0])
      : depth !== -1 && stack[depth]!.innerAtTop === true;
    const mark: QuoteMark = { index: i, char: c, role, pair, foreign: isForeign, nested, misplaced, innerAtTop };
    marks.push(mark);

    if (role === "open") {
      stack.push(mark);
      continue;
    }
    if (depth === -1) {
      unopened.push(mark);
      continue;
    }
    unclosed.push(...stack.splice(depth + 1));
    stack.pop();
  }
  unclosed.push(...stack);
  unclosed.sort((a, b) => a.index - b.index);
  return { marks, unclosed, unopened };
}

function findOpener(stack: readonly QuoteMark[], close: string): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    const open = stack[d]!;
    if (open.pair[1] === close || (open.foreign && ALL_PAIRS.some((p) => p[0] === open.char && p[1] === close))) return d;
  }
  return -1;
}

function pairOf(c: string, side: 0 | 1): QuotePair {
  return ALL_PAIRS.find((p) => p[side] === c) ?? [c, c];
}

// ’ is an apostrophe in Russia’s, l’armée, rock’n’roll, ’90s and the soldiers’ (no ‘ is open).
function isApostrophe(before: string, after: string, usesRightSingle: boolean, stack: readonly QuoteMark[]): boolean {
  if (!usesRightSingle) return true;
  if (isLetter(before) && isLetter(after)) return true;
  if (/\d/u.test(after) && !isLetter(before)) return true;
  return isLetter(before) && !stack.some((m) => m.pair[1] === "’");
}

/** True when the block begins with an opening mark: a quotation continued from the last one. */
export function continuesQuote(text: string, convention: QuoteConvention): boolean {
  const first = text.trimStart()[0] ?? "";
  return convention.pairs.some((p) => p[0] === first) || first === "\"";
}
