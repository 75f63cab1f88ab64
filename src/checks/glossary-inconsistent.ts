import { memo } from "../article/block-memo.js";
import { embedShield } from "../article/embeds.js";
import { matchTerms, phraseKey, type TermMatch } from "../glossary/match.js";
import type { TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

type Use = Readonly<{ block: TextBlock; match: TermMatch; variant: string }>;

export const glossaryInconsistent = defineCheck({
  id: "glossary/inconsistent",
  severity: "warning",
  messages: ["variant"],
  docs: {
    summary: "One article writes one term two accepted ways; it should keep to one.",
    bad: "Kyiv dément ; les drones venaient de Kiev.",
    good: "Kyiv dément ; les drones venaient de Kyiv.",
    lang: "fr",
  },
  *run({ tag, blocks, glossary }) {
    const byTerm = new Map<string, Use[]>();
    // "— Kyiv Post (@KyivPost)" is a name, not a choice between Kyiv and Kiev.
    const shielded = embedShield(blocks);
    for (const block of blocks) {
      for (const match of memo(block, ["terms", glossary, tag], () => matchTerms(glossary, tag, block.text))) {
        if (shielded(block, match.start, match.end)) continue;
        if (match.role !== "use" && match.role !== "form" && match.role !== "also") continue;
        // Inflected forms are the same variant as the `use` they inflect.
        const variant = match.role === "also" ? phraseKey(match.phrase) : phraseKey(match.entry.use);
        const uses = byTerm.get(match.term.id) ?? [];
        uses.push({ block, match, variant });
        byTerm.set(match.term.id, uses);
      }
    }
    for (const uses of byTerm.values()) {
      const variants = new Set(uses.map((u) => u.variant));
      if (variants.size < 2) continue;
      // The glossary's preferred form wins when the article uses it at all, else the first one.
      const preferred = phraseKey(uses[0]!.match.entry.use);
      const keep = variants.has(preferred) ? preferred : uses[0]!.variant;
      const keepText = uses.find((u) => u.variant === keep)!.match.text;
      for (const use of uses) {
        if (use.variant === keep) continue;
        yield {
          block: use.block, start: use.match.start, end: use.match.end, message: "variant",
          values: { found: use.match.text, other: keepText },
          suggestion: variants.has(preferred) ? use.match.entry.use : keepText,
          safe: false,
        };
      }
    }
  },
});
