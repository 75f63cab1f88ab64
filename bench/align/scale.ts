// npm run bench:scale: how alignment time grows with a document's length. Synthetic pairs of
// 1k, 2k, 4k and 8k paragraphs (a source, and a "translation" with merges, splits, drops and
// additions), aligned in process with the same code bitext check uses.
import { sourceFromText } from "../../src/article/decode.js";
import { parseArticle } from "../../src/article/read.js";
import { alignArticles } from "../../src/align/articles.js";
import { EMPTY_GLOSSARY } from "../../src/glossary/load.js";

// A small deterministic generator (mulberry32), so every run measures the same documents.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "pe", "ro", "li", "za", "go", "be", "chu"];

function pair(paragraphs: number, seed: number) {
  const next = random(seed);
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join("");
  const vocabulary = Array.from({ length: 4000 }, word);
  const translation = new Map(vocabulary.map((w) => [w, `${word()}${word().slice(0, 2)}`]));
  // Zipf-like: frequent words are picked far more often, as in text.
  const pick = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, pick);
    if (next() < 0.3) words.push(String(Math.floor(next() * 2000)));
    return `${words.join(" ")}.`;
  };
  const source: string[] = [];
  const target: string[] = [];
  const translate = (text: string) => text.replace(/[a-z]+/gu, (w) => translation.get(w) ?? w);
  for (let p = 0; p < paragraphs; p++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 3) }, sentence).join(" ");
    source.push(text);
    const roll = next();
    if (roll < 0.02) continue; // dropped
    if (roll < 0.04 && target.length > 0) target[target.length - 1] += ` ${translate(text)}`; // merged
    else target.push(translate(text));
    if (next() < 0.02) target.push(translate(sentence())); // added
  }
  const article = (lines: string[], lang: string) => parseArticle(`${lang}.txt`, sourceFromText(lines.join("\n")), { lang });
  return { source: article(source, "es"), target: article(target, "en") };
}

const sizes = [1000, 2000, 4000, 8000];
const rows: [number, number][] = [];
for (const size of sizes) {
  const { source, target } = pair(size, size);
  alignArticles(source, target, EMPTY_GLOSSARY); // warm up the JIT on this size
  const started = process.hrtime.bigint();
  alignArticles(source, target, EMPTY_GLOSSARY);
  rows.push([size, Number(process.hrtime.bigint() - started) / 1e6]);
}
console.log("| paragraphs | time relative to 1k | per paragraph relative to 1k |");
console.log("| --- | --- | --- |");
for (const [size, ms] of rows) {
  const [base, baseMs] = rows[0]!;
  console.log(`| ${size} | ${(ms / baseMs).toFixed(2)}× | ${((ms / size) / (baseMs / base)).toFixed(2)}× |`);
}
console.log(`\n2,000 paragraphs took ${Math.round(rows[1]![1])} ms on this machine (one run; the ratios are what compare).`);
