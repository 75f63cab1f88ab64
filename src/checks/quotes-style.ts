import { analyzeQuotes, QUOTE_LANGUAGES, quoteConvention } from "../language/quotes.js";
import { defineCheck } from "./define.js";

const NBSP = "\u00A0";

export const quotesStyle = defineCheck({
  id: "quotes/style",
  severity: "warning",
  languages: QUOTE_LANGUAGES,
  messages: ["foreign", "nested", "frenchSpacing"],
  docs: {
    summary: "Quotation marks that are not the language's own, the same marks nested, or « » without French spacing.",
    bad: "Il a parlé d’une attaque «massive» et de \"drones\".",
    good: "Il a parlé d’une attaque « massive » et de « drones ».",
    lang: "fr",
  },
  *run({ lang, tag, blocks }) {
    const convention = quoteConvention(lang, tag)!;
    for (const block of blocks) {
      const { marks } = analyzeQuotes(block.text, convention);
      for (const mark of marks) {
        const i = mark.index;
        const side = mark.role === "open" ? 0 : 1;
        if (mark.misplaced === "insideWord") continue; // quotes/misplaced says it
        if (mark.foreign) {
          const want = convention.primary[side];
          yield { block, start: i, end: i + 1, message: "foreign", values: { mark: mark.char, want },
            suggestion: want, safe: false };
        } else if (mark.nested) {
          yield { block, start: i, end: i + 1, message: "nested", values: { mark: mark.char, want: convention.secondary[0] },
            suggestion: convention.secondary[0], safe: false };
        } else if (convention.spaced && (mark.char === "«" || mark.char === "»")) {
          const neighbour = mark.char === "«" ? block.text[i + 1] : block.text[i - 1];
          if (neighbour !== undefined && !/\s/u.test(neighbour)) {
            yield { block, start: i, end: i + 1, message: "frenchSpacing", values: { mark: mark.char },
              suggestion: mark.char === "«" ? `«${NBSP}` : `${NBSP}»`, safe: true };
          }
        }
      }
    }
  },
});
