// npm run bench:check: how fast bitext check is, where its time goes, and how it compares with
// textlint and retext on the same corpus in the same run. Every figure is a ratio of two times
// measured here, never an absolute time: machines differ, ratios measured together do not.
//
//   --sets N     article sets in the corpus (default 120: 600 files, as the issue measured)
//   --seed N     the corpus's seed (default 1)
//   --runs N     runs of each start-up command; the median counts (default 7)
//   --scale      also time 100, 1,000 and 10,000 sets, and one set of 1k, 10k and 100k paragraphs
//
// The comparison tools are installed for the benchmark alone, from bench/check/package.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadGlossary } from "../../src/glossary/load.js";
import { type Corpus, writeCorpus } from "./corpus.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const HERE = join(ROOT, "bench/check");
const CLI = join(ROOT, "dist/cli.js");
const PRELOAD = join(ROOT, "build-bench/bench/large/max-rss.js");
const TOOLS = join(HERE, "node_modules");
const { values } = parseArgs({ options: {
  sets: { type: "string", default: "120" }, seed: { type: "string", default: "1" }, runs: { type: "string", default: "7" }, scale: { type: "boolean" },
} });
const SETS = Number(values.sets);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);

type Run = { seconds: number; rss: number; stdout: string; stderr: string };

/** Runs a Node script as a user would, with its peak memory; a failure ends the benchmark. */
function node(args: readonly string[], cwd: string, env: Record<string, string> = {}, ok: readonly number[] = [0, 1]): Run {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", PRELOAD, ...args], { cwd, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status === null || !ok.includes(run.status)) throw new Error(`node ${args.join(" ")} ended with ${run.status ?? run.signal}:\n${run.stderr.slice(0, 2000)}`);
  const rss = Number(/max-rss-kb (\d+)/u.exec(run.stderr)?.[1] ?? NaN) * 1024;
  return { seconds, rss, stdout: run.stdout, stderr: run.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => bytes / 2 ** 20;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

function installTools(): void {
  if (existsSync(join(TOOLS, "textlint")) && existsSync(join(TOOLS, "retext-quotes"))) return;
  process.stderr.write("bench: installing textlint and retext for the comparison (npm ci --prefix bench/check)\n");
  const run = spawnSync("npm", ["ci", "--prefix", HERE, "--no-audit", "--no-fund"], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) {
    process.stderr.write("bench: npm ci --prefix bench/check failed: the comparison tools come from the npm registry\n");
    process.exit(2);
  }
}

/** prh rules from the bundled glossary: each language's forms to avoid, and the form to use. */
async function prhRules(dir: string): Promise<string> {
  const glossary = await loadGlossary(join(ROOT, "glossaries/russia-ukraine.yaml"));
  const rules = glossary.terms.flatMap((term) => Object.values(term.langs).filter((e) => e.avoid.length > 0)
    .map((e) => `  - expected: ${JSON.stringify(e.use)}\n    patterns: ${JSON.stringify(e.avoid)}\n    wordBoundary: true`));
  const file = join(dir, "prh.yml");
  writeFileSync(file, `version: 1\nrules:\n${[...new Set(rules)].join("\n")}\n`);
  return file;
}

function listOf(corpus: Corpus, ext: string): string {
  const file = join(corpus.dir, `files-${ext}.txt`);
  writeFileSync(file, `${corpus.sets.flatMap((set) => ["es", "en", "fr", "de", "uk"].map((lang) => join(corpus.dir, set, `${lang}.${ext}`))).join("\n")}\n`);
  return file;
}

const bitext = (corpus: Corpus, args: readonly string[] = [], env: Record<string, string> = {}) =>
  node([CLI, "check", "articles", "--format", "json", "--output", join(corpus.dir, "report.json"), ...args], corpus.dir, env);

const work = mkdtempSync(join(tmpdir(), "bitext-bench-check-"));
try {
  installTools();
  const txt = writeCorpus(join(work, "txt"), { sets: SETS, seed: SEED, format: "txt" });
  const md = writeCorpus(join(work, "md"), { sets: SETS, seed: SEED, format: "md" });
  console.log(`Corpus: ${SETS} article sets (a Spanish source, four translations), ${txt.files} files each way: ${f1(mb(txt.bytes))} MB as plain text, ${f1(mb(md.bytes))} MB as Markdown (seed ${SEED}).\n`);

  // Start-up: what a pull request's check of one or two articles waits for.
  const one = join(md.dir, md.sets[0]!);
  const startup = (args: readonly string[], cwd = work) => median(Array.from({ length: RUNS }, () => node(args, cwd).seconds));
  const bare = startup(["-e", "0"]);
  console.log("Start-up, as a multiple of a bare `node -e 0` (median of", RUNS, "runs):\n");
  console.log(table(["command", "× bare node"], [
    ["bitext --version", f2(startup([CLI, "--version"]) / bare)],
    ["bitext --help", f2(startup([CLI, "--help"]) / bare)],
    ["bitext check on one article (en.md, its source beside it unread)", f2(startup([CLI, "check", "en.md", "--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")], one) / bare)],
    ["bitext check on one set (es.md and en.md, aligned)", f2(startup([CLI, "check", "es.md", "en.md", "--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")], one) / bare)],
  ]));

  // Throughput, one thread: bitext and the others over the same files.
  const ours = bitext(txt, ["--threads", "1"]);
  const two = bitext(txt, ["--threads", "2"]);
  const rules = await prhRules(work);
  writeFileSync(join(txt.dir, ".textlintrc.json"), JSON.stringify({ rules: {
    prh: { rulePaths: [rules] }, "@textlint-rule/no-unmatched-pair": true, "doubled-spaces": true, "no-zero-width-spaces": true,
    "@textlint-rule/no-invalid-control-character": true,
  } }));
  const textlint = node([join(TOOLS, "textlint/bin/textlint.js"), "--format", "json", "--output-file", join(txt.dir, "textlint.json"), "articles/**/*.txt"], txt.dir);
  const retext = node([join(HERE, "retext.mjs"), listOf(txt, "txt")], txt.dir);
  const oursMd = bitext(md, ["--threads", "1"]);
  const remark = node([join(HERE, "remark.mjs"), listOf(md, "md")], md.dir);
  console.log(`\nOne thread, ${txt.files} files, start-up included (bitext ${f1(mb(txt.bytes) / ours.seconds)} MB/s and ${f1(SETS / ours.seconds)} sets/s per core on plain text here):\n`);
  console.log(table(["run", "time, × bitext on plain text", "peak memory, MB"], [
    ["bitext check, plain text", "1.00", f1(mb(ours.rss))],
    ["textlint (prh with the same glossary, no-unmatched-pair, doubled-spaces, zero-width and control characters)", f2(textlint.seconds / ours.seconds), f1(mb(textlint.rss))],
    ["retext (retext-quotes, retext-repeated-words, retext-sentence-spacing)", f2(retext.seconds / ours.seconds), f1(mb(retext.rss))],
    ["bitext check --threads 2, plain text", f2(two.seconds / ours.seconds), f1(mb(two.rss))],
  ]));
  console.log(`\nMarkdown: bitext check takes ${f2(oursMd.seconds / remark.seconds)}× the bare unified + remark-parse (+ GFM, front matter) parse of the same ${md.files} files.`);

  // Where the time goes, by stage, on the plain-text corpus (one thread).
  const timed = bitext(txt, ["--threads", "1"], { BITEXT_TIMING: "json" });
  const stages = JSON.parse(timed.stderr.split("\n").find((l) => l.startsWith("{"))!) as Record<string, number>;
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  console.log("\nWhere bitext's time goes (plain text, one thread, BITEXT_TIMING=json), as shares of the run:\n");
  console.log(table(["stage", "share"], Object.entries(stages).sort((a, b) => b[1] - a[1]).map(([stage, ms]) => [stage, `${f1((100 * ms) / total)}%`])));

  if (values.scale) scale(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Time and memory as the input grows: more sets, and one set of more paragraphs. */
function scale(dir: string): void {
  const runs = [100, 1000, 10_000].map((sets) => {
    const corpus = writeCorpus(join(dir, `scale-${sets}`), { sets, seed: SEED, format: "txt" });
    const run = bitext(corpus);
    rmSync(corpus.dir, { recursive: true, force: true });
    return { sets, run };
  });
  const base = runs[0]!;
  console.log("\nMore sets (plain text, all threads): time per set as a multiple of the 100-set run's (1.00 is linear), and peak memory:\n");
  console.log(table(["sets", "time per set, × 100 sets'", "peak memory, MB"],
    runs.map(({ sets, run }) => [sets.toLocaleString("en"), f2((run.seconds / sets) / (base.run.seconds / base.sets)), f1(mb(run.rss))])));

  const long = [1000, 10_000, 100_000].map((paragraphs) => {
    const corpus = writeCorpus(join(dir, `long-${paragraphs}`), { sets: 1, seed: SEED, format: "txt", paragraphs: [paragraphs, paragraphs], repeat: true, languages: ["es", "en"] });
    const run = bitext(corpus);
    rmSync(corpus.dir, { recursive: true, force: true });
    return { paragraphs, run };
  });
  const first = long[0]!;
  console.log("\nOne set of more paragraphs (a source and its English translation, aligned): time per paragraph as a multiple of the 1k run's, and peak memory:\n");
  console.log(table(["paragraphs", "time per paragraph, × 1k's", "peak memory, MB"],
    long.map(({ paragraphs, run }) => [paragraphs.toLocaleString("en"), f2((run.seconds / paragraphs) / (first.run.seconds / first.paragraphs)), f1(mb(run.rss))])));
}
