import { CASED_LETTER, CASED_SCRIPTS, lowerCasedUnit } from "../language/scripts.js";
import { continuesSentence, sentenceStarts } from "../segment/sentences.js";
import { defineCheck } from "./define.js";

const WORD = /[\p{L}\p{M}]+/uy;

export const textSentenceCase = defineCheck({
  id: "text/sentence-case",
  severity: "error",
  scripts: CASED_SCRIPTS,
  messages: ["lower"],
  docs: {
    summary: "A sentence that starts in lower case.",
    bad: "Kyiv is preparing a counteroffensive. a hit to Moscow, say analysts.",
    good: "Troops reached the U.S. embassy at 5 a.m. on Monday. “Why?” he asked.",
  },
  *run({ lang, blocks }) {
    for (const [n, block] of blocks.entries()) {
      // "Whereas …," then "the General Assembly proclaims": a paragraph may go on with the
      // sentence the one before it left open.
      const continued = n > 0 && continuesSentence(blocks[n - 1]!, block);
      for (const start of sentenceStarts(block.text, lang)) {
        // List items and table cells need not be sentences.
        if (start.first && (continued || block.kind === "listItem" || block.kind === "tableCell")) continue;
        // Most sentences open in upper case: the first unit is read by table before the word is
        // (reading the word made a match a sentence).
        if (!lowerCasedUnit(block.text.charCodeAt(start.index))) continue;
        WORD.lastIndex = start.index;
        const word = WORD.exec(block.text)?.[0] ?? "";
        const head = word[0] ?? "";
        if (!/\p{Ll}/u.test(head) || !CASED_LETTER.test(head)) continue; // upper case, or a script without case
        if (/\p{Lu}/u.test(word.slice(1))) continue; // iPhone, eBay: a name, as its owner writes it
        const token = /^\S+/u.exec(block.text.slice(start.index))![0];
        if (/[./@]\p{L}|\//u.test(token)) continue; // pic.twitter.com/…, www.rusi.org, x@y.com
        const capitalised = head.toUpperCase() + word.slice(1);
        yield { block, start: start.index, end: start.index + word.length, message: "lower",
          values: { found: word, suggestion: capitalised }, suggestion: capitalised, safe: false };
      }
    }
  },
});
