import { analyzeQuotes, continuesQuote, QUOTE_LANGUAGES, quoteConvention } from "../language/quotes.js";
import { defineCheck } from "./define.js";

export const quotesUnbalanced = defineCheck({
  id: "quotes/unbalanced",
  severity: "error",
  languages: QUOTE_LANGUAGES,
  messages: ["unclosed", "unopened"],
  docs: {
    summary: "Quotation marks that do not pair up within a paragraph.",
    bad: "“There were many drone strikes, Gladkov said.",
    good: "“There were many drone strikes,” Gladkov said, “and more will come.”",
  },
  *run({ lang, tag, blocks }) {
    const convention = quoteConvention(lang, tag)!;
    for (const [n, block] of blocks.entries()) {
      const { unclosed, unopened } = analyzeQuotes(block.text, convention);
      // A quotation running on into the next paragraph leaves this one open, by convention.
      const next = blocks[n + 1];
      const runsOn = next !== undefined && next.kind === block.kind && continuesQuote(next.text, convention);
      for (const mark of unclosed) {
        if (runsOn && mark === unclosed.at(-1)) continue;
        yield { block, start: mark.index, end: mark.index + 1, message: "unclosed", values: { mark: mark.char, close: mark.pair[1] } };
      }
      for (const mark of unopened) {
        yield { block, start: mark.index, end: mark.index + 1, message: "unopened", values: { mark: mark.char, open: mark.pair[0] } };
      }
    }
  },
});
