import { countLetters } from "../language/code-points.js";
import { identifies, leansTo, paragraphScores } from "../language/identify.js";
import { splitSentences } from "../segment/sentences.js";
import { squash } from "../squash.js";
import { defineCheck } from "./define.js";

// franc speaks ISO 639-3; these are the languages it tells apart for us.
const ISO3: Readonly<Record<string, string>> = {
  en: "eng", es: "spa", fr: "fra", de: "deu", uk: "ukr", ru: "rus", it: "ita", pt: "por", pl: "pol", nl: "nld", ca: "cat",
};
const FROM_ISO3 = new Map(Object.entries(ISO3).map(([k, v]) => [v, k]));
// Every paragraph is weighed among all of them (the expected language and the source's are
// among them), as one list: franc's scores come in its own order, whatever the list's.
const CANDIDATES: readonly string[] = Object.values(ISO3);
// Below this many letters a paragraph is too short for n-gram statistics to judge.
const MIN_LETTERS = 60;
// How clearly the other language must win before we say so.
const MARGIN = 0.88;

const letters = countLetters;
// A sentence needs this many letters of its own (not in quotation marks, not in capitalised
// names) before its language is judged, and must lean this clearly to the source's.
const SENTENCE_LETTERS = 24;
const SENTENCE_MARGIN = 0.12;
// Quotations (a minister's words kept in the original) and capitalised words (names, titles).
const QUOTED = /[«“„"‘‹›»][^«»“”„"‘’‹›\n]*[»”“"’‹›]/gu;
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*/gu;
const ownWords = (text: string) => {
  const unquoted = text.replace(QUOTED, " ");
  const first = /^[^\p{L}]*[\p{L}\p{M}'’-]*/u.exec(unquoted)![0]; // a sentence's first word is no name
  return first + unquoted.slice(first.length).replace(CAPITALISED, " ");
};
const comparable = (text: string) => squash(text).toLowerCase();

export const alignUntranslated = defineCheck({
  id: "align/untranslated",
  severity: "error",
  needsSource: true,
  messages: ["copied", "language", "sentence", "unit"],
  docs: {
    summary: "A paragraph left in the source language, or written in another wrong language.",
    source: "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.",
    sourceLang: "es",
    bad: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nThe governor asked residents to stay in shelters.",
    good: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.",
  },
  *run({ lang, source }) {
    if (!source) return;
    const expected = ISO3[lang];
    for (const link of source.links) {
      const sourceText = comparable(link.source.map((b) => b.text).join(" "));
      for (const block of link.target) {
        // An XLIFF unit with no translation yet, reported when asked (--xliff-untranslated).
        if (block.untranslated) {
          yield { block, start: 0, end: 0, message: "unit", values: { unit: block.unit ?? "" }, related: link.source };
          continue;
        }
        const text = comparable(block.text);
        // A copied paragraph of several words is untranslated, however short; a name or a title
        // ("Nick Bostrom", "Oleh Kiper") stays as it is.
        const prose = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{3,}/u.test(block.text) || !/\p{Lu}/u.test(block.text);
        if (link.source.length > 0 && text === sourceText && /\p{L}{2,}\s+\p{L}{2,}/u.test(text) && prose && source.lang !== lang) {
          yield { block, start: 0, end: block.text.length, message: "copied", related: link.source };
          continue;
        }
        if (expected && letters(block.text) >= MIN_LETTERS) {
          const scores = new Map(paragraphScores(block.text, CANDIDATES));
          const [top] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
          if (top && top[0] !== expected && (scores.get(expected) ?? 0) <= MARGIN) {
            const found = FROM_ISO3.get(top[0])!;
            yield { block, start: 0, end: block.text.length, message: "language",
              values: { language: found, expected: lang }, related: link.source }; // named in the reader's locale
            continue;
          }
        }
        // A sentence left in the source's language inside a translated paragraph.
        if (source.lang === lang || !identifies(lang) || !identifies(source.lang)) continue;
        for (const sentence of splitSentences(block.text, lang)) {
          const text = block.text.slice(sentence.start, sentence.end);
          if (letters(ownWords(text)) < SENTENCE_LETTERS || leansTo(text, lang, source.lang) < SENTENCE_MARGIN) continue;
          yield { block, start: sentence.start, end: sentence.end, message: "sentence",
            values: { language: source.lang, expected: lang }, related: link.source };
        }
      }
    }
  },
});
