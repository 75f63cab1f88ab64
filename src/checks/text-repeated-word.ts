import { escapeRegExp } from "../glossary/match.js";
import { defineCheck } from "./define.js";

const REPEAT = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)([ \t\u00A0\n]+)(\1)(?![\p{L}\p{M}\p{N}])/giu;

// Doubles that grammar allows: "what it had had", "die Frauen, die die Stadt", "nous nous battons".
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["had", "that"]),
  de: new Set(["die", "der", "das", "den", "dem", "des"]),
  fr: new Set(["nous", "vous"]),
  nl: new Set(["die", "dat"]),
};

// Languages where a doubled word is a slip. Elsewhere doubling is grammar, spaced: Turkish
// "yavaş yavaş", Hindi "धीरे धीरे", Persian "کم کم", Hebrew "לאט לאט", Vietnamese "hành vi vi
// phạm" (two words that share a syllable), Korean "하나 하나".
const LANGUAGES = ["en", "es", "fr", "de", "it", "pt", "nl", "ca", "gl", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "ro", "hu", "fi",
  "et", "lv", "lt", "sv", "da", "nb", "nn", "no", "is", "uk", "ru", "be", "bg", "mk", "el"];

export const textRepeatedWord = defineCheck({
  id: "text/repeated-word",
  severity: "warning",
  languages: LANGUAGES,
  messages: ["repeated"],
  docs: {
    summary: "The same word twice in a row.",
    bad: "Drones hit the the FSB building.",
    good: "The island of Bora Bora, which he had had to leave.",
  },
  *run({ lang, blocks }) {
    for (const block of blocks) {
      let covered = 0;
      for (const m of block.text.matchAll(REPEAT)) {
        if (m.index < covered) continue;
        const [pair, first, , second] = m as unknown as [string, string, string, string];
        // "the the the": the whole run is one problem with one fix.
        let end = m.index + pair.length;
        const again = new RegExp(`[ \\t\\u00A0\\n]+${escapeRegExp(first)}(?![\\p{L}\\p{M}\\p{N}])`, "iuy");
        for (again.lastIndex = end; again.exec(block.text); again.lastIndex = end) end = again.lastIndex;
        const whole = block.text.slice(m.index, end);
        covered = end;
        if (ALLOWED[lang]?.has(first.toLowerCase())) continue;
        // Bora Bora, Duran Duran: a capitalised pair mid-sentence is a name.
        const midSentence = /[\p{L}\p{N},;]\s*$/u.test(block.text.slice(Math.max(0, m.index - 16), m.index));
        if (midSentence && /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) continue;
        yield { block, start: m.index, end: m.index + whole.length, message: "repeated",
          values: { word: first }, suggestion: first, safe: true };
      }
    }
  },
});
