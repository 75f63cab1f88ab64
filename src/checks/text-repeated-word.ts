import { doubledWords } from "../language/doubled-words.js";
import { defineCheck } from "./define.js";

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
      for (const { start, end, word } of doubledWords(block.text, lang)) {
        yield { block, start, end, message: "repeated", values: { word }, suggestion: word, safe: true };
      }
    }
  },
});
