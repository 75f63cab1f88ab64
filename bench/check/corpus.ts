// A reproducible corpus of article sets for npm run bench:check, and for the test that speed
// changes no finding (test/bench-corpus.test.ts). A seed and a set count decide every byte.
//
// The text is real: paragraphs.json holds the bundled article sets' paragraphs that bitext's
// aligner links one to one from the Spanish source into English, French, German and Ukrainian
// (professional translations, with each language's own quotation marks, names and glossary
// terms). Each generated set is a Spanish source and its four translations, built from a seeded
// sample of those paragraphs: numbers changed alike in every language, and in the translations,
// at a seeded rate, one planted defect of a kind bitext reports (a term the glossary says to
// avoid, a repeated word, an unclosed quotation, a changed number, a doubled space, a sentence
// in lower case, a paragraph left untranslated or dropped). As Markdown, sets get front matter,
// headings, and now and then emphasis and a link; as plain text, a paragraph a line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Row = Readonly<{ kind: "heading" | "paragraph"; es: string; en: string; fr: string; de: string; uk: string }>;
export const LANGUAGES = ["es", "en", "fr", "de", "uk"] as const;
export type Lang = (typeof LANGUAGES)[number];
const TRANSLATIONS: readonly Lang[] = ["en", "fr", "de", "uk"];

const ROWS = JSON.parse(readFileSync(new URL("paragraphs.json", import.meta.url.replace("/build-bench/", "/")), "utf8")) as Row[];
const HEADINGS = ROWS.filter((r) => r.kind === "heading");
const PARAGRAPHS = ROWS.filter((r) => r.kind === "paragraph");

// Forms to avoid, by language, with the form to use: the bundled glossary's, as planted defects.
const AVOIDED: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  en: [["Kyiv", "Kiev"], ["Odesa", "Odessa"], ["Kharkiv", "Kharkov"], ["Zaporizhzhia", "Zaporozhye"]],
  fr: [["Kyiv", "Kiev"]],
  de: [["Kyjiw", "Kiew"]],
  uk: [["Київ", "Киев"]],
};

/** mulberry32: a small, fast, seeded generator of uniform numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type CorpusOptions = Readonly<{
  sets: number;
  seed?: number;
  format: "md" | "txt";
  /** Paragraphs per article, at least and at most (default 8 to 16). */
  paragraphs?: readonly [number, number];
  /** Each translated paragraph's chance of a planted defect (default 0.12). */
  defectRate?: number;
  /** Draw paragraphs again once all have been drawn, for articles longer than the sample (default: no). */
  repeat?: boolean;
  /** The languages written, the source first (default all five). */
  languages?: readonly Lang[];
  /** "sets": a folder per set, a file per language (default); "files": the same files as lone articles, set-00001-en.txt. */
  layout?: "sets" | "files";
}>;

export type Corpus = Readonly<{ dir: string; sets: string[]; paths: string[]; files: number; bytes: number }>;

/**
 * Writes the corpus into `dir` (articles/set-00001/es.md …, and a bitext.config.yaml naming
 * Spanish the source, which plain-text sets need), and tells what it wrote.
 */
export function writeCorpus(dir: string, options: CorpusOptions): Corpus {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const [least, most] = options.paragraphs ?? [8, 16];
  const rate = options.defectRate ?? 0.12;
  mkdirSync(join(dir, "articles"), { recursive: true });
  writeFileSync(join(dir, "bitext.config.yaml"), "sourceLang: es\n");
  const sets: string[] = [];
  const paths: string[] = [];
  let files = 0;
  let bytes = 0;
  for (let n = 1; n <= options.sets; n++) {
    const name = `set-${String(n).padStart(5, "0")}`;
    const count = least + Math.floor(next() * (most - least + 1));
    const rows: Row[] = [renumber(pick(HEADINGS), next)];
    const drawn = options.repeat ? Array.from({ length: count }, () => pick(PARAGRAPHS)) : sample(PARAGRAPHS, Math.min(count, PARAGRAPHS.length), next);
    for (const row of drawn) {
      if (next() < 0.12) rows.push(renumber(pick(HEADINGS), next));
      rows.push(renumber(row, next));
    }
    const marks = rows.map(() => (next() < 0.15 ? "emphasis" : next() < 0.1 ? "link" : undefined));
    const lone = options.layout === "files";
    const folder = lone ? join(dir, "articles") : join(dir, "articles", name);
    mkdirSync(folder, { recursive: true });
    for (const lang of options.languages ?? LANGUAGES) {
      const blocks: { kind: Row["kind"]; text: string }[] = [];
      rows.forEach((row, i) => {
        let text = row[lang];
        if (lang !== "es" && row.kind === "paragraph" && next() < rate) {
          const planted = plant(text, row.es, lang, next);
          if (planted === undefined) return; // the paragraph dropped
          text = planted;
        }
        blocks.push({ kind: row.kind, text: options.format === "md" ? marked(text, marks[i], `${name}/${i}`) : text });
      });
      const text = options.format === "md" ? markdown(blocks, lang, !lone) : `${blocks.map((b) => b.text).join("\n")}\n`;
      const path = join(folder, lone ? `${name}-${lang}.${options.format}` : `${lang}.${options.format}`);
      writeFileSync(path, text);
      paths.push(path);
      files++;
      bytes += Buffer.byteLength(text);
    }
    sets.push(join("articles", name));
  }
  return { dir, sets, paths, files, bytes };
}

function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

// A whole number of one to three digits, not part of a longer one (40,000; 2022; 1.5).
const NUMBER = /(?<![\d.,])\d{1,3}(?!\d|[.,]\d)/gu;

// Numbers of one to three digits that every language writes alike get another value, the same in all.
function renumber(row: Row, next: () => number): Row {
  const shared = [...new Set(row.es.match(NUMBER) ?? [])]
    .filter((n) => TRANSLATIONS.every((lang) => new RegExp(`(?<![\\d.,])${n}(?!\\d|[.,]\\d)`, "u").test(row[lang])));
  if (shared.length === 0) return row;
  const values = new Map(shared.map((n) => [n, String(2 + Math.floor(next() * 97))]));
  const swap = (text: string) => text.replace(NUMBER, (n) => values.get(n) ?? n);
  return { kind: row.kind, es: swap(row.es), en: swap(row.en), fr: swap(row.fr), de: swap(row.de), uk: swap(row.uk) };
}

type Defect = (text: string, source: string, lang: Lang, next: () => number) => string | undefined | null;
// Each returns the paragraph with its defect, undefined to drop it, or null when it cannot apply.
const DEFECTS: readonly Defect[] = [
  (text, _, lang) => {
    const pair = (AVOIDED[lang] ?? []).find(([use]) => text.includes(use));
    return pair ? text.replace(pair[0], pair[1]) : null;
  },
  (text, _, __, next) => {
    const words = [...text.matchAll(/(?<=\s)\p{L}{3,}(?=\s)/gu)];
    if (words.length === 0) return null;
    const word = words[Math.floor(next() * words.length)]!;
    return `${text.slice(0, word.index + word[0].length)} ${word[0]}${text.slice(word.index + word[0].length)}`;
  },
  (text) => {
    const close = /[”»“]/u.exec(text.slice(1));
    return close ? text.slice(0, close.index + 1) + text.slice(close.index + 2) : null;
  },
  (text) => {
    const number = new RegExp(NUMBER.source, "u").exec(text);
    return number ? text.slice(0, number.index) + String(Number(number[0]) + 11) + text.slice(number.index + number[0].length) : null;
  },
  (text, _, __, next) => {
    const spaces = [...text.matchAll(/(?<=\p{L}) (?=\p{L})/gu)];
    if (spaces.length === 0) return null;
    const at = spaces[Math.floor(next() * spaces.length)]!.index;
    return `${text.slice(0, at)}  ${text.slice(at + 1)}`;
  },
  (text) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : null),
  (_, source) => source,
  () => undefined,
];

function plant(text: string, source: string, lang: Lang, next: () => number): string | undefined {
  const first = Math.floor(next() * DEFECTS.length);
  for (let k = 0; k < DEFECTS.length; k++) {
    const result = DEFECTS[(first + k) % DEFECTS.length]!(text, source, lang, next);
    if (result !== null) return result;
  }
  return text;
}

// Markdown's own marks, alike in every language: the paragraph's first word in bold, or its last in a link.
function marked(text: string, mark: "emphasis" | "link" | undefined, href: string): string {
  if (mark === "emphasis") return text.replace(/^(\p{L}+)/u, "**$1**");
  if (mark === "link") return text.replace(/(\p{L}+)([.!?»”]*)$/u, `[$1](https://example.org/${href})$2`);
  return text;
}

function markdown(blocks: readonly { kind: Row["kind"]; text: string }[], lang: Lang, inSet: boolean): string {
  const front = !inSet ? `---\nlang: ${lang}\n---\n` : lang === "es" ? "---\nlang: es\nrole: source\n---\n" : `---\nlang: ${lang}\nsource: es.md\n---\n`;
  const body = blocks.map((b, i) => (b.kind === "heading" ? `${i === 0 ? "#" : "##"} ${b.text}` : b.text));
  return `${front}\n${body.join("\n\n")}\n`;
}
