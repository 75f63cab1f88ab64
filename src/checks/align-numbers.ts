import { knowsNumberWords } from "../language/number-words.js";
import { asciiDigits, numbersOf, type NumberToken } from "../language/numbers.js";
import { sameQuantity } from "../language/units.js";
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
    // Where a side's number words are unknown, a number a translator may spell out (up to a
    // hundred, or a round one) may stand there as a word bitext can't read: no report on it.
    const readsSource = knowsNumberWords(source.lang);
    const readsTarget = knowsNumberWords(lang);
    for (const link of source.links) {
      if (link.source.length === 0 || link.target.length === 0 || link.target.every((b) => b.untranslated)) continue;
      const sources = read(link.source, source.lang);
      const targets = read(link.target, lang);
      // Digits first, so that "one of the 30" does not spend the source's 30 on "one"; a digit on
      // the other side is taken before a word.
      const answer = (target: Read) => {
        const same = sources.filter((s) => !s.used && meets(s.number, target.number));
        const found = same.find((s) => !s.number.word) ?? same[0];
        if (found) found.used = target.used = true;
      };
      for (const target of targets) if (!target.number.word) answer(target);
      // A quantity the translator converted: 120 feet as 40 Meter, 10000 ns as zehn Mikrosekunden.
      for (const target of targets) {
        if (target.used || !target.number.unit) continue;
        const found = sources.find((s) => !s.used && s.number.unit
          && sameQuantity(Number(s.number.value), s.number.unit, Number(target.number.value), target.number.unit!));
        if (found) found.used = target.used = true;
      }
      for (const target of targets) if (target.number.word && !target.used) answer(target);
      // What is left: a digit here and one there is a changed number, the nearer the likelier.
      const labelled = (reads: readonly Read[]) => reads.some((x) => x.label);
      const extra = targets.filter((x) => !x.used && !x.number.word && (!x.label || labelled(sources)));
      const missing = sources.filter((x) => !x.used && !x.number.word && (!x.label || labelled(targets))).map((x) => x.number);
      for (const { block, number } of extra) {
        const instead = nearest(number, missing);
        if (instead) {
          missing.splice(missing.indexOf(instead), 1);
          yield { block, start: number.start, end: number.end, message: "changed" as const, values: { found: number.raw, source: instead.raw }, related: link.source };
        } else if (readsSource || !spellable(number)) {
          yield { block, start: number.start, end: number.end, message: "extra" as const, values: { found: number.raw }, related: link.source };
        }
      }
      const first = link.target[0]!;
      for (const number of missing.filter((n) => readsTarget || !spellable(n))) {
        yield { block: first, start: 0, end: first.text.length, message: "missing", values: { number: number.raw }, related: link.source };
      }
    }
  },
});

type Read = { block: TextBlock; number: NumberToken; used: boolean; label?: boolean };

// A heading or a short label may number itself with letters: "סעיף ג", "Հոդված Ա".
const isLabel = (block: TextBlock) => block.kind === "heading" || block.text.trim().split(/\s+/u).length <= 3;

// The number that labels a paragraph: "1. …", "(2) …", "۱ ‐ …", "ຂໍ້ 1.…".
const PARAGRAPH_LABEL = /^\s*(?:[\p{L}\p{M}]{1,12}\s*)?[([]?(?=\d{1,3}\s*(?:[.)\]:]|[‐‑–—-]\s))/u;

// An ordered list's item number stands outside the text in Markdown ("1. Everyone …"): it
// answers, and is never reported. A translation may number its paragraphs where the source does
// not ("(1) Každý …", "۱ ‐ هر کس"): such a label is compared only with the other side's labels.
function read(blocks: readonly TextBlock[], lang: string): Read[] {
  return blocks.flatMap((block) => {
    const label = PARAGRAPH_LABEL.exec(asciiDigits(block.text))?.[0].length;
    const numbers = numbersOf(block, lang, isLabel(block))
      .map((number) => ({ block, number, used: false, ...(number.start === label ? { label: true } : {}) }));
    if (block.marker === undefined) return numbers;
    return [{ block, number: { start: 0, end: 0, raw: block.marker, value: block.marker, word: true }, used: false }, ...numbers];
  }).sort((a, b) => a.block.index - b.block.index || a.number.start - b.number.start);
}

function nearest(number: NumberToken, candidates: readonly NumberToken[]): NumberToken | undefined {
  const distance = (a: NumberToken) => Math.abs(Math.log((Math.abs(Number(a.value)) + 1) / (Math.abs(Number(number.value)) + 1)));
  return candidates.reduce<NumberToken | undefined>((best, c) => (best === undefined || distance(c) < distance(best) ? c : best), undefined);
}

const valuesOf = (n: NumberToken) => [n.value, ...(n.also ?? [])];
const meets = (a: NumberToken, b: NumberToken) => valuesOf(a).some((v) => valuesOf(b).includes(v));

// Numbers a translator may write out in words: up to a hundred, and round ones (two hundred,
// 1.5 million).
function spellable(n: NumberToken): boolean {
  if (!/^\d+$/u.test(n.value)) return false;
  return Number(n.value) <= 100 || n.value.replace(/0+$/u, "").length <= 2;
}
