import { defineCheck } from "./define.js";

export const alignExtra = defineCheck({
  id: "align/extra",
  severity: "warning",
  needsSource: true,
  messages: ["extra"],
  docs: {
    summary: "A translated paragraph with no counterpart in the source.",
    source: "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.",
    sourceLang: "es",
    bad: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.\nFollow our live coverage of the war in Ukraine on our website and app.",
    good: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.",
  },
  *run({ source }) {
    if (!source) return;
    for (const link of source.links) {
      if (link.source.length > 0) continue;
      for (const block of link.target) yield { block, start: 0, end: block.text.length, message: "extra" };
    }
  },
});
