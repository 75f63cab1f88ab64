// npm run bench:large: how bitext's time and peak memory grow with one very large article.
// Articles of S and 8×S bytes (default 4 MB and 32 MB; --size MB sets S) are built from the
// bundled article sets' text, and each is checked by the CLI as a user would run it:
//   plain text · Markdown · a source and its translation (aligned) · a file full of problems.
// Reported as ratios measured in this run: time per MB at 8×S over time per MB at S (1.0 is
// linear, 8.0 would be quadratic; below 1, start-up weighs less), and the peak memory each added
// byte of input costs (peak at 8×S less peak at S, over the bytes added): what one very large
// article costs on top of Node and bitext themselves.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "../../..");
const CLI = join(ROOT, "dist/cli.js");
const PRELOAD = join(import.meta.dirname, "max-rss.js");
const { values } = parseArgs({ options: { size: { type: "string", default: "4" } } });
const SIZE = Number(values.size) * 1024 * 1024;

// The articles' paragraphs, front matter removed.
const paragraphs = (file: string) => readFileSync(join(ROOT, "articles", file), "utf8")
  .replace(/^---\n[^]*?\n---\n/u, "").split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
const SETS = ["kharkiv-underground-school", "odesa-grain-port", "zaporizhzhia-inspectors"];
const english = SETS.flatMap((s) => paragraphs(`${s}/en.md`));
const spanish = SETS.flatMap((s) => paragraphs(`${s}/es.md`));
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))));

type Case = { name: string; write: (dir: string, bytes: number) => string };
const CASES: Case[] = [
  { name: "plain text", write: (dir, bytes) => {
    writeFileSync(join(dir, "article-en.txt"), fill(`${english.join("\n")}\n`, bytes));
    return "article-en.txt";
  } },
  { name: "Markdown", write: (dir, bytes) => {
    writeFileSync(join(dir, "article-en.md"), `---\nlang: en\n---\n\n${fill(`${english.join("\n\n")}\n\n`, bytes)}`);
    return "article-en.md";
  } },
  { name: "source and translation", write: (dir, bytes) => {
    mkdirSync(join(dir, "set"));
    writeFileSync(join(dir, "set/es.md"), `---\nrole: source\n---\n\n${fill(`${spanish.join("\n\n")}\n\n`, bytes / 2)}`);
    writeFileSync(join(dir, "set/en.md"), `---\nsource: es.md\n---\n\n${fill(`${english.join("\n\n")}\n\n`, bytes / 2)}`);
    return "set";
  } },
  { name: "a problem every 6 bytes", write: (dir, bytes) => {
    writeFileSync(join(dir, "problems-en.txt"), fill(`${Array.from({ length: 40 }, () => "Kiev the the Kiev.").join(" ")}\n`, bytes));
    return "problems-en.txt";
  } },
];

function measure(dir: string, input: string) {
  const bytes = input === "set" ? statSync(join(dir, "set/es.md")).size + statSync(join(dir, "set/en.md")).size : statSync(join(dir, input)).size;
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", PRELOAD, CLI, "check", input, "--format", "json", "--output", join(dir, "report.json")],
    { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/max-rss-kb (\d+)/u.exec(run.stderr)?.[1] ?? NaN) * 1024;
  if (run.status !== 0 && run.status !== 1) throw new Error(`bitext check ${input} ended with ${run.status ?? run.signal}:\n${run.stderr}`);
  return { bytes, seconds, rss };
}

const f = (x: number) => x.toFixed(1);
console.log(`| input | time per MB, ${f(8 * SIZE / 2 ** 20)} MB over ${f(SIZE / 2 ** 20)} MB | peak memory per byte added |`);
console.log("| --- | --- | --- |");
for (const c of CASES) {
  const runs = [SIZE, 8 * SIZE].map((bytes) => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-large-"));
    try {
      return measure(dir, c.write(dir, bytes));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const [small, large] = runs as [ReturnType<typeof measure>, ReturnType<typeof measure>];
  const linearity = (large.seconds / large.bytes) / (small.seconds / small.bytes);
  const perByte = (large.rss - small.rss) / (large.bytes - small.bytes);
  console.log(`| ${c.name} | ${linearity.toFixed(2)} | ${f(perByte)} |`);
}
