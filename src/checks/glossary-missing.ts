import { memo } from "../article/block-memo.js";
import { embedShield } from "../article/embeds.js";
import { entryFor, matchTerms, termPresent } from "../glossary/match.js";
import { defineCheck } from "./define.js";

export const glossaryMissing = defineCheck({
  id: "glossary/missing",
  severity: "warning",
  needsSource: true,
  messages: ["missing"],
  docs: {
    summary: "The source paragraph has a glossary term; its translation lacks the glossary's rendering.",
    source: "La Legión Libertad de Rusia reivindicó el ataque contra Bélgorod.",
    sourceLang: "es",
    bad: "The Russian legion claimed the attack on Belgorod.",
    good: "The Freedom of Russia Legion claimed the attack on Belgorod.",
  },
  *run({ tag, glossary, source }) {
    if (!source) return;
    const shielded = embedShield(source.blocks);
    for (const link of source.links) {
      if (link.source.length === 0 || link.target.length === 0 || link.target.every((b) => b.untranslated)) continue;
      const translation = link.target.map((b) => b.text).join("\n");
      const reported = new Set<string>();
      for (const block of link.source) {
        for (const m of memo(block, ["terms", glossary, source.tag], () => matchTerms(glossary, source.tag, block.text))) {
          if (m.role === "except" || reported.has(m.term.id) || shielded(block, m.start, m.end)) continue;
          const wanted = entryFor(m.term, tag);
          if (!wanted || termPresent(glossary, tag, m.term, translation)) continue;
          reported.add(m.term.id);
          const first = link.target[0]!;
          yield { block: first, start: 0, end: first.text.length, message: "missing",
            values: { found: m.text, use: wanted.use }, related: link.source };
        }
      }
    }
  },
});
