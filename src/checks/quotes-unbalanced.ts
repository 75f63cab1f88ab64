import { memo } from "../article/block-memo.js";
import { analyzeQuotes, continuesQuote, QUOTE_LANGUAGES, type QuoteMark, quoteConvention } from "../language/quotes.js";
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
    const analyses = blocks.map((block) => memo(block, ["quotes", convention], () => analyzeQuotes(block.text, convention)));
    for (const [n, block] of blocks.entries()) {
      const { unclosed, unopened } = analyses[n]!;
      // A quotation running on into the next paragraph leaves this one open, by convention; one
      // broken over two paragraphs (a transcript's segments) closes in the next.
      const next = blocks[n + 1];
      const sameKind = next !== undefined && next.kind === block.kind;
      const closesNext = (mark: QuoteMark) => sameKind && analyses[n + 1]!.unopened[0]?.char === mark.pair[1];
      const runsOn = sameKind && continuesQuote(next.text, convention);
      for (const mark of unclosed) {
        if ((runsOn || closesNext(mark)) && mark === unclosed.at(-1)) continue;
        yield { block, start: mark.index, end: mark.index + 1, message: "unclosed", values: { mark: mark.char, close: mark.pair[1] } };
      }
      const previous = analyses[n - 1]?.unclosed.at(-1);
      for (const mark of unopened) {
        const opened = mark === unopened[0] && previous !== undefined && blocks[n - 1]!.kind === block.kind && previous.pair[1] === mark.char;
        if (opened) continue;
        yield { block, start: mark.index, end: mark.index + 1, message: "unopened", values: { mark: mark.char, open: mark.pair[0] } };
      }
    }
  },
});
