import { defineCheck } from "./define.js";

// Paragraphs shorter than this vary too much in length to judge.
const MIN_LENGTH = 80;
// Outside half to twice the document's own ratio, something was most likely left out or added.
const LOW = 0.5;
const HIGH = 2;

export const alignLength = defineCheck({
  id: "align/length",
  severity: "warning",
  needsSource: true,
  messages: ["short", "long"],
  docs: {
    summary: "A paragraph pair whose length ratio is far outside the document's own ratio.",
    bad: "(a translated paragraph a third as long as its source, in a document otherwise close to 1:1)",
    good: "(paragraphs within half to twice the document's length ratio)",
  },
  *run({ source }) {
    if (!source) return;
    for (const link of source.links) {
      const s = link.source.reduce((sum, b) => sum + b.text.length, 0);
      const t = link.target.reduce((sum, b) => sum + b.text.length, 0);
      if (link.source.length === 0 || link.target.length === 0 || Math.max(s, t) < MIN_LENGTH) continue;
      const relative = t / s / source.ratio;
      if (relative >= LOW && relative <= HIGH) continue;
      const block = link.target[0]!;
      yield { block, start: 0, end: block.text.length, message: relative < LOW ? "short" as const : "long" as const,
        values: { percent: Math.round(relative * 100) }, related: link.source };
    }
  },
});
