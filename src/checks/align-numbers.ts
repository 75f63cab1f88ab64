import { numbersIn, type NumberToken } from "../language/numbers.js";
import type { TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

export const alignNumbers = defineCheck({
  id: "align/numbers",
  severity: "error",
  needsSource: true,
  messages: ["changed", "missing", "extra"],
  docs: {
    summary: "Numbers, dates or amounts that differ between a paragraph and its source, compared the way each language writes them.",
    source: "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.",
    sourceLang: "es",
    bad: "Russia launched 92 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.",
    good: "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters.",
  },
  *run({ lang, source }) {
    if (!source) return;
    for (const link of source.links) {
      if (link.source.length === 0 || link.target.length === 0) continue;
      const wanted = new Map<string, NumberToken[]>();
      for (const block of link.source) {
        for (const n of numbersIn(block.text, source.lang)) wanted.set(n.value, [...(wanted.get(n.value) ?? []), n]);
      }
      const extra: { block: TextBlock; number: NumberToken }[] = [];
      const targets = link.target.flatMap((block) => numbersIn(block.text, lang).map((number) => ({ block, number })));
      // Digits first, so that "one of the 30" does not spend the source's 30 on "one".
      for (const item of [...targets.filter((x) => !x.number.word), ...targets.filter((x) => x.number.word)]) {
        const left = wanted.get(item.number.value);
        // A source number written as a word is answered by a digit or a word, but missed by none.
        const digitFirst = left?.findIndex((n) => !n.word) ?? -1;
        if (left?.length) left.splice(digitFirst === -1 ? 0 : digitFirst, 1);
        else if (!item.number.word) extra.push(item);
      }
      extra.sort((a, b) => a.block.index - b.block.index || a.number.start - b.number.start);
      const missing = [...wanted.values()].flat().filter((n) => !n.word).sort((a, b) => a.start - b.start);
      for (const { block, number } of extra) {
        const instead = missing.shift();
        yield instead
          ? { block, start: number.start, end: number.end, message: "changed" as const, values: { found: number.raw, source: instead.raw }, related: link.source }
          : { block, start: number.start, end: number.end, message: "extra" as const, values: { found: number.raw }, related: link.source };
      }
      const first = link.target[0]!;
      for (const number of missing) {
        yield { block: first, start: 0, end: first.text.length, message: "missing", values: { number: number.raw }, related: link.source };
      }
    }
  },
});
