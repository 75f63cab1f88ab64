import { memo } from "../article/block-memo.js";
import { analyzeQuotes, QUOTE_LANGUAGES, quoteConvention } from "../language/quotes.js";
import { defineCheck } from "./define.js";

export const quotesMisplaced = defineCheck({
  id: "quotes/misplaced",
  severity: "error",
  languages: QUOTE_LANGUAGES,
  messages: ["insideWord", "spaceBeforeClose", "spaceAfterOpen", "closeAsOpen"],
  docs: {
    summary: "A quotation mark inside a word, after a space where it closes, or a closing mark that opens.",
    bad: "It was a hit “p”psychological” to Moscow, ”says Neil Melvin.",
    good: "It was a “psychological” hit to Moscow,” says Neil Melvin, and Russia’s army knows it.",
  },
  *run({ lang, tag, blocks }) {
    const convention = quoteConvention(lang, tag)!;
    for (const block of blocks) {
      for (const mark of memo(block, ["quotes", convention], () => analyzeQuotes(block.text, convention)).marks) {
        const i = mark.index;
        switch (mark.misplaced) {
          case "insideWord":
            // No suggestion: “p”psychological” may be a stutter or a lost opening mark.
            yield { block, start: i, end: i + 1, message: "insideWord", values: { mark: mark.char } };
            break;
          case "spaceBeforeClose": {
            // The whole run of spaces, so that one fix leaves none behind.
            const start = i - /[^\S\r\n]*$/u.exec(block.text.slice(Math.max(0, i - 64), i))![0].length;
            // Across a line break the fix would join lines: say it, fix nothing.
            const broken = /[\r\n]/u.test(block.text[start - 1] ?? "");
            yield { block, start, end: i + 1, message: "spaceBeforeClose", values: { mark: mark.char },
              ...(broken ? {} : { suggestion: `${mark.char} `, safe: true }) };
            break;
          }
          case "spaceAfterOpen": {
            const end = i + 1 + /^[^\S\r\n]*/u.exec(block.text.slice(i + 1, i + 65))![0].length;
            const broken = /[\r\n]/u.test(block.text[end] ?? "");
            yield { block, start: i, end, message: "spaceAfterOpen", values: { mark: mark.char },
              ...(broken ? {} : { suggestion: mark.char, safe: true }) };
            break;
          }
          case "closeAsOpen":
            yield { block, start: i, end: i + 1, message: "closeAsOpen", values: { mark: mark.char, open: mark.pair[0] },
              suggestion: mark.pair[0], safe: true };
            break;
          default:
        }
      }
    }
  },
});
