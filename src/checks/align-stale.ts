import { defineCheck } from "./define.js";

export const alignStale = defineCheck({
  id: "align/stale",
  severity: "warning",
  needsSource: true,
  messages: ["stale"],
  docs: {
    summary: "A paragraph whose source changed after the revision the translation names in its front matter (source-revision).",
    sourceBefore: "Rusia lanzó 29 drones contra Odesa.\nLas defensas derribaron 23 de ellos.",
    source: "Rusia lanzó 29 drones contra Odesa.\nLas defensas derribaron 25 de ellos, y dos cayeron sobre un almacén.",
    sourceLang: "es",
    bad: "Russia launched 29 drones at Odesa.\nAir defences shot down 23 of them.",
    good: "Russia launched 29 drones at Odesa.",
  },
  *run({ source }) {
    if (!source?.stale) return;
    for (const link of source.links) {
      if (link.target.length === 0 || !link.source.some((b) => source.stale!.has(b))) continue;
      const block = link.target[0]!;
      yield { block, start: 0, end: block.text.length, message: "stale", values: { revision: source.revision ?? "" }, related: link.source };
    }
  },
});
