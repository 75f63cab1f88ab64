import { defineCheck } from "./define.js";

export const alignExtra = defineCheck({
  id: "align/extra",
  severity: "warning",
  needsSource: true,
  messages: ["extra"],
  docs: {
    summary: "A translated paragraph with no counterpart in the source.",
    bad: "(a translation that adds a paragraph its source does not have)",
    good: "(a translation whose every paragraph comes from its source)",
  },
  *run({ source }) {
    if (!source) return;
    for (const link of source.links) {
      if (link.source.length > 0) continue;
      for (const block of link.target) yield { block, start: 0, end: block.text.length, message: "extra" };
    }
  },
});
