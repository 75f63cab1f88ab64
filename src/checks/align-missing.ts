import { defineCheck } from "./define.js";

const preview = (text: string) => (text.length > 48 ? `${text.slice(0, 47).trimEnd()}…` : text);

export const alignMissing = defineCheck({
  id: "align/missing",
  severity: "error",
  needsSource: true,
  messages: ["missing"],
  docs: {
    summary: "A source paragraph with no translation; reported where the translation should be.",
    source: "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.",
    sourceLang: "es",
    bad: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nThe governor asked residents to stay in shelters.",
    good: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.",
  },
  *run({ blocks, source }) {
    if (!source || blocks.length === 0) return;
    const links = source.links;
    for (const [n, link] of links.entries()) {
      if (link.target.length > 0 || link.source.length === 0) continue;
      // Where the paragraph belongs: before the next translated block, else after the last one.
      const next = links.slice(n + 1).find((l) => l.target.length > 0)?.target[0];
      const previous = links.slice(0, n).reverse().find((l) => l.target.length > 0)?.target.at(-1);
      const at = next ?? previous ?? blocks[0]!;
      const offset = next ? 0 : at.text.length;
      for (const missing of link.source) {
        yield { block: at, start: offset, end: offset, message: "missing", values: { start: preview(missing.text) }, related: [missing] };
      }
    }
  },
});
