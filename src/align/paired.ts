import type { Alignment, Article } from "../types.js";

/** A bilingual file's own alignment (XLIFF): its segments, one to one, as its CAT tool made them. */
export function pairedAlignment(source: Article, target: Article): Alignment {
  const length = (a: Article) => a.blocks.reduce((n, b) => n + b.text.length, 0);
  return {
    source, target, ratio: length(source) > 0 ? length(target) / length(source) : 1,
    links: target.blocks.map((block, n) => ({ source: [source.blocks[n]!], target: [block], score: 1 })),
  };
}
