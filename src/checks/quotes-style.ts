import { memo } from "../article/block-memo.js";
import { analyzeQuotes, QUOTE_LANGUAGES, quoteConvention } from "../language/quotes.js";
import { defineCheck } from "./define.js";

const NBSP = "\u00A0";

export const quotesStyle = defineCheck({
  id: "quotes/style",
  severity: "warning",
  languages: QUOTE_LANGUAGES,
  // straight: "once" reports an article of straight quotes once, "each" every mark, "allow" none.
  options: { straight: ["once", "each", "allow"] },
  messages: ["foreign", "nested", "frenchSpacing", "innerAtTop", "straight"],
  docs: {
    summary: "Quotation marks that are not the language's own, the same marks nested, or « » without French spacing.",
    bad: "Il a parlé d’une attaque «massive» et de \"drones\".",
    good: "Il a parlé d’une attaque « massive » et de « drones ».",
    lang: "fr",
  },
  *run({ lang, tag, blocks, options }) {
    const convention = quoteConvention(lang, tag)!;
    const analyses = blocks.map((block) => ({ block, marks: memo(block, ["quotes", convention], () => analyzeQuotes(block.text, convention)).marks }));
    // Straight quotes throughout are one house-style choice, not a slip per mark.
    const all = analyses.flatMap((a) => a.marks.filter((m) => m.misplaced !== "insideWord"));
    const throughout = options.straight === "once" && all.length > 0 && all.every((m) => m.char === "\"");
    let told = false;
    for (const { block, marks } of analyses) {
      for (const mark of marks) {
        const i = mark.index;
        const side = mark.role === "open" ? 0 : 1;
        if (mark.misplaced === "insideWord") continue; // quotes/misplaced says it
        if (mark.char === "\"" && (options.straight === "allow" || (throughout && told))) continue;
        if (mark.char === "\"" && throughout) {
          told = true;
          const [open, close] = convention.primary;
          yield { block, start: i, end: i + 1, message: "straight" as const, values: { open, close }, safe: false };
        } else if (mark.foreign) {
          const want = convention.primary[side];
          yield { block, start: i, end: i + 1, message: "foreign" as const, values: { mark: mark.char, want },
            suggestion: want, safe: false };
        } else if (mark.innerAtTop) {
          const want = convention.primary[side];
          yield { block, start: i, end: i + 1, message: "innerAtTop" as const, values: { mark: mark.char, want },
            suggestion: want, safe: false };
        } else if (mark.nested) {
          yield { block, start: i, end: i + 1, message: "nested" as const, values: { mark: mark.char, want: convention.secondary[0] },
            suggestion: convention.secondary[0], safe: false };
        } else if (convention.spaced && (mark.char === "«" || mark.char === "»")) {
          const neighbour = mark.char === "«" ? block.text[i + 1] : block.text[i - 1];
          if (neighbour !== undefined && !/\s/u.test(neighbour)) {
            yield { block, start: i, end: i + 1, message: "frenchSpacing" as const, values: { mark: mark.char },
              suggestion: mark.char === "«" ? `«${NBSP}` : `${NBSP}»`, safe: true };
          }
        }
      }
    }
  },
});
