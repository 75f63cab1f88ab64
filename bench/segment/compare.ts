// npm run bench:segment: our sentence splitter against Intl.Segmenter on the cases in
// cases.ts, counted as sentences found exactly.
import { splitSentences } from "../../src/segment/sentences.js";
import { CASES } from "./cases.js";

type Splitter = (text: string, lang: string) => string[];

const ours: Splitter = (text, lang) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
const intl: Splitter = (text, lang) =>
  [...new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)].map((s) => s.segment.trim()).filter(Boolean);

export function score(splitter: Splitter): { exact: number; total: number; paragraphs: number } {
  let exact = 0;
  let total = 0;
  let paragraphs = 0;
  for (const [lang, marked] of CASES) {
    const gold = marked.split(" | ");
    const found = splitter(gold.join(" "), lang);
    total += gold.length;
    exact += found.filter((s) => gold.includes(s)).length;
    if (found.length === gold.length && found.every((s, i) => s === gold[i])) paragraphs++;
  }
  return { exact, total, paragraphs };
}

if (process.argv[1]?.endsWith("compare.js")) {
  console.log("| splitter | sentences found exactly | paragraphs split exactly |");
  console.log("| --- | --- | --- |");
  for (const [name, splitter] of [["bitext", ours], ["Intl.Segmenter", intl]] as const) {
    const s = score(splitter);
    console.log(`| ${name} | ${s.exact} / ${s.total} | ${s.paragraphs} / ${CASES.length} |`);
  }
}
