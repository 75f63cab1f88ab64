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
    summary: "A paragraph pair whose length ratio is far outside the document's own (median) ratio.",
    source: "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.",
    sourceLang: "es",
    bad: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nSome drones were shot down.\nThe governor asked residents to stay in shelters.",
    good: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.",
  },
  *run({ source }) {
    if (!source) return;
    // The median ratio of the 1-1 pairs: a single paragraph far too long or short must not set
    // the norm it is judged by, as it would in a short article's overall ratio.
    const ratios = source.links
      .filter((l) => l.source.length === 1 && l.target.length === 1 && l.source[0]!.text.length >= 20 && !l.target[0]!.untranslated)
      .map((l) => l.target[0]!.text.length / l.source[0]!.text.length)
      .sort((a, b) => a - b);
    const norm = ratios.length > 0 ? ratios[Math.floor(ratios.length / 2)]! : source.ratio;
    for (const link of source.links) {
      const s = link.source.reduce((sum, b) => sum + b.text.length, 0);
      const t = link.target.reduce((sum, b) => sum + b.text.length, 0);
      if (link.source.length === 0 || link.target.length === 0 || Math.max(s, t) < MIN_LENGTH || link.target.every((b) => b.untranslated)) continue;
      const relative = t / s / norm;
      if (relative >= LOW && relative <= HIGH) continue;
      const block = link.target[0]!;
      yield { block, start: 0, end: block.text.length, message: relative < LOW ? "short" as const : "long" as const,
        values: { percent: Math.round(relative * 100) }, related: link.source };
    }
  },
});
