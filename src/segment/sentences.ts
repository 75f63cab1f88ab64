import { matchesOf } from "../matches.js";
import type { TextBlock } from "../types.js";
import { codePointTest, runStartBefore } from "../language/code-points.js";
import { abbreviations, ORDINAL_PERIOD, UNITS } from "./abbreviations.js";

export type SentenceStart = Readonly<{
  index: number; // the first letter of the sentence
  opening: number; // where the sentence starts, opening marks included
  first: boolean; // the block's first sentence
}>;

// Terminal punctuation, closing marks, space, opening marks, then the first letter.
// Quotation marks may carry French spacing (« C’est faux ! »), and an opening one may be a
// dialogue dash (—No es).
const BOUNDARY = /([.!?\u2026]+)((?:["'”’»«“)\]]|[\u00A0\u202F ]»)*)(\s+)((?:["'“‘„«»‚(\[¿¡\u2014\u2013][\u00A0\u202F ]?)*)(?=[\p{L}\p{N}])/gu;
const LEADING = /^\s*(["'“‘„«»‚(\[¿¡]*)(?=\p{L})/u;
const isWordUnit = codePointTest(/^[\p{L}\p{M}\p{N}.-]$/u);
const LOOK_BACK = 64;

/**
 * Where the sentences of a block start, after abbreviations, initials, ordinals, ellipses and
 * quoted questions ("“Why?” he asked") have been told apart from real boundaries.
 */
export function sentenceStarts(text: string, lang: string): SentenceStart[] {
  return boundaries(text, lang).filter((s) => /\p{L}/u.test(text[s.index] ?? ""));
}

// What ends a sentence, closing marks after it allowed: . ! ? … and their CJK, Arabic, Devanagari,
// Armenian, Ethiopic and Burmese forms.
const FINAL = new Set(".!?\u2026\u3002\uFF01\uFF1F\uFF0E\u061F\u06D4\u0964\u0965\u0589\u1362\u104B");
const CLOSING = new Set("\"'”’»«“)]\u300D\u300F");

/**
 * True when a text ends its sentence: final punctuation, closing marks after it allowed (what
 * /[.!?…]["'”’»«“)\]]*\s*$/u finds, read from the end: such a pattern is tried from every final
 * mark of the paragraph).
 */
export function endsSentence(text: string): boolean {
  let end = text.trimEnd().length;
  while (end > 0 && CLOSING.has(text[end - 1]!)) end--;
  return end > 0 && FINAL.has(text[end - 1]!);
}

/** The letters, marks, digits, dots and hyphens that end a text (what /([\p{L}\p{M}\p{N}.-]*)$/u finds), read from the end. */
export function wordBefore(text: string): string {
  return text.slice(runStartBefore(text, 0, text.length, isWordUnit));
}

/** True when a block goes on with the sentence its predecessor left open (no final punctuation). */
export function continuesSentence(previous: TextBlock, block: TextBlock): boolean {
  if (previous.kind === "heading" || block.kind === "heading") return false;
  return previous.text.trim() !== "" && !endsSentence(previous.text);
}

export type Span = Readonly<{ start: number; end: number }>;

/** A block's sentences, as spans without their surrounding spaces. */
export function splitSentences(text: string, lang: string): Span[] {
  const starts = boundaries(text, lang).map((s) => s.opening).filter((i) => i > 0);
  const spans: Span[] = [];
  let from = text.search(/\S/u);
  if (from === -1) return spans;
  for (const next of [...starts, text.length]) {
    let start = from;
    let end = next;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    // Opening marks before the first letter belong to the sentence they open.
    if (end > start) spans.push({ start, end });
    from = next;
  }
  return spans;
}

function boundaries(text: string, lang: string): SentenceStart[] {
  const starts: SentenceStart[] = [];
  const lead = LEADING.exec(text);
  if (lead) starts.push({ index: lead[0].length, opening: lead[0].length - lead[1]!.length, first: true });
  for (const m of matchesOf(BOUNDARY, text)) {
    const [whole, stop, closers, , openers] = m as unknown as [string, string, string, string, string];
    // Before a lower-case letter these do not end a sentence: "paused… and went on", “Why?” he
    // asked, ¿Quién era? ¿de dónde salió?, —¿Vienes? —preguntó. Before a capital they do.
    const lower = /\p{Ll}/u.test(text[m.index + whole.length] ?? "");
    if (lower && (stop.includes("\u2026") || stop.includes(".."))) continue;
    if (lower && /[?!]/u.test(stop) && (/["”’»«“]/u.test(closers) || /[¿¡\u2014\u2013]/u.test(openers))) continue;
    if (lower && /[\u2014\u2013]/u.test(openers)) continue;
    // The word before the period; a bounded look-back keeps this linear on a huge paragraph.
    if (stop === "." && isAbbreviation(text.slice(Math.max(0, m.index - LOOK_BACK), m.index), lang, lower)) continue;
    starts.push({ index: m.index + whole.length, opening: m.index + whole.length - openers.length, first: false });
  }
  return starts;
}

// Abbreviations that often end a sentence: before a capital they do ("… и т.д. Это …").
const SENTENCE_FINAL = new Set(["etc", "usw", "т.д", "т.п", "др", "ін", "et al"]);

function isAbbreviation(before: string, lang: string, lower: boolean): boolean {
  const word = wordBefore(before);
  if (word === "") return false;
  if (!lower && SENTENCE_FINAL.has(word.toLowerCase())) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: J. R. R. Tolkien
  if (/\p{L}\.\p{L}/u.test(word)) return true; // U.S., a.m., z.B., т.е.
  if (/^\d+$/u.test(word)) return ORDINAL_PERIOD.has(lang);
  // "8 ft. long", "3 Std. zu Fuß": a unit after a number, in any language.
  if (lower && UNITS.has(word.toLowerCase()) && /\p{N}[\s\u00A0\u202F]*$/u.test(before.slice(0, before.length - word.length))) return true;
  return abbreviations(lang).has(word.toLowerCase());
}
