// npm run bench:check: how fast bitext check is, where its time goes, and how it compares with
// textlint and retext on the same corpus in the same run. Every figure is a ratio of two times
// measured here, never an absolute time: machines differ, ratios measured together do not.
//
//   --sets N     article sets in the corpus (default 120: 600 files, as the issue measured)
//   --paragraphs A,B   paragraphs per lone article, at least and at most (default 30,46: about
//                8 KB an article, 4.8 MB for 600, as the issue measured; the seed article is 7 KB)
//   --seed N     the corpus's seed (default 1)
//   --runs N     runs of each start-up command; the median counts (default 7)
//   --repeat N   runs of each tool on the lone articles, taken in turn; the median counts (default 3:
//                one run each swung the textlint ratio from 5.3 to 7.5 on this machine)
//   --scale      also time 4 and 16 times as many long lone articles, 100, 1,000 and 10,000 sets,
//                and one set of 1k, 10k and 100k paragraphs
//
// The comparison tools are installed for the benchmark alone, from bench/check/package.json.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  repeat: { type: "string", default: "3" },
  paragraphs: { type: "string", default: "30,46" },
} });
const SETS = Number(values.sets);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
const REPEAT = Number(values.repeat);
const PARAGRAPHS = values.paragraphs.split(",").map(Number) as [number, number];
if (!Number.isInteger(REPEAT) || REPEAT < 1) {
  process.stderr.write(`bench: --repeat takes a whole number of at least 1, not ${values.repeat}\n`);
  process.exit(2);
}
if (PARAGRAPHS.length !== 2 || !PARAGRAPHS.every((n) => Number.isInteger(n) && n > 0) || PARAGRAPHS[0] > PARAGRAPHS[1]) {
  process.stderr.write(`bench: --paragraphs takes two whole numbers, the least and the most (30,46), not ${values.paragraphs}\n`);
  process.exit(2);
}

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
/** The run of median time. */
const medianRun = (runs: readonly Run[]): Run => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
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

function listOf(corpus: Corpus): string {
  const file = join(corpus.dir, "files.txt");
  writeFileSync(file, `${corpus.paths.join("\n")}\n`);
  return file;
}

const bitext = (corpus: Corpus, args: readonly string[] = [], env: Record<string, string> = {}) =>
  node([CLI, "check", "articles", "--format", "json", "--output", join(corpus.dir, "report.json"), ...args], corpus.dir, env);

const work = mkdtempSync(join(tmpdir(), "bitext-bench-check-"));
try {
  installTools();
  // The same text three ways: lone articles (what textlint and retext check: a file at a time),
  // as plain text and as Markdown, and as article sets, each translation aligned with its source.
  // Lone articles are as long as news articles are (the 600 files held 4.8 MB); the
  // sample holds 17 aligned paragraphs, so a long article draws some of them twice. Short
  // articles (8 to 16 paragraphs, as the sets) are timed too: there, start-up is most of a run.
  const long = { paragraphs: PARAGRAPHS, repeat: true } as const;
  const lone = writeCorpus(join(work, "lone-txt"), { sets: SETS, seed: SEED, format: "txt", layout: "files", ...long });
  const loneMd = writeCorpus(join(work, "lone-md"), { sets: SETS, seed: SEED, format: "md", layout: "files", ...long });
  const short = writeCorpus(join(work, "short-txt"), { sets: SETS, seed: SEED, format: "txt", layout: "files" });
  const sets = writeCorpus(join(work, "sets"), { sets: SETS, seed: SEED, format: "txt" });
  console.log(`Corpus (seed ${SEED}): ${lone.files} lone articles of ${PARAGRAPHS.join(" to ")} paragraphs, ${f1(mb(lone.bytes))} MB as plain text and ${f1(mb(loneMd.bytes))} MB as Markdown; the same number of short ones (8 to 16 paragraphs, ${f1(mb(short.bytes))} MB); and ${SETS} article sets of those short articles (a Spanish source, four translations).\n`);

  // Start-up: what a pull request's check of one or two articles waits for.
  const one = join(sets.dir, sets.sets[0]!);
  // A set is a folder: the first set's source and English translation, in a folder of their own.
  const pair = join(work, "one-set");
  mkdirSync(pair);
  for (const file of ["es.txt", "en.txt"]) copyFileSync(join(one, file), join(pair, file));
  const aligned = JSON.parse(node([CLI, "check", ".", "--format", "json", "--config", join(sets.dir, "bitext.config.yaml")], pair).stdout) as { results: { file: string; source?: string }[] };
  if (!aligned.results.some((r) => r.file === "en.txt" && r.source === "es.txt")) throw new Error(`bench: ${pair} was not checked as a set with es.txt its source`);
  const glossary = ["--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")];
  // Each command once in turn, RUNS times, a bare node among them: a slower spell of the machine
  // (here, one that writes the corpus out) falls on all of them, not on one command's runs.
  const commands: [string, readonly string[], string][] = [
    ["bare", ["-e", "0"], work],
    ["bitext --version", [CLI, "--version"], work],
    ["bitext --help", [CLI, "--help"], work],
    ["bitext check on one article (en.txt)", [CLI, "check", "en.txt", ...glossary], one],
    ["bitext check on one set (a folder of es.txt and en.txt, aligned)", [CLI, "check", ".", "--config", join(sets.dir, "bitext.config.yaml"), ...glossary], pair],
  ];
  const times = commands.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) commands.forEach(([, args, cwd], n) => times[n]!.push(node(args, cwd).seconds));
  const [bare, ...others] = times.map(median) as [number, ...number[]];
  console.log(`Start-up, as a multiple of a bare \`node -e 0\` (medians of ${RUNS} runs, each command in turn):\n`);
  console.log(table(["command", "× bare node"], commands.slice(1).map(([name], n) => [name, f2(others[n]! / bare)])));

  // The same files, one thread, start-up included: bitext and the others.
  const rules = await prhRules(work);
  const alone = new Map<Corpus, Run>();
  for (const corpus of [lone, short]) {
    writeFileSync(join(corpus.dir, ".textlintrc.json"), JSON.stringify({ rules: {
      prh: { rulePaths: [rules] }, "@textlint-rule/no-unmatched-pair": true, "doubled-spaces": true, "no-zero-width-spaces": true,
      "@textlint-rule/no-invalid-control-character": true,
    } }));
    // Each tool in turn, REPEAT times, so that a slower spell of the machine falls on all three.
    const rounds = Array.from({ length: REPEAT }, () => ({
      ours: bitext(corpus, ["--threads", "1"]),
      textlint: node([join(TOOLS, "textlint/bin/textlint.js"), "--format", "json", "--output-file", join(corpus.dir, "textlint.json"), "articles/*.txt"], corpus.dir),
      retext: node([join(HERE, "retext.mjs"), listOf(corpus)], corpus.dir),
    }));
    const [ours, textlint, retext] = [medianRun(rounds.map((r) => r.ours)), medianRun(rounds.map((r) => r.textlint)), medianRun(rounds.map((r) => r.retext))];
    alone.set(corpus, ours);
    const what = corpus === lone ? `lone plain-text articles of ${PARAGRAPHS.join(" to ")} paragraphs` : "short lone plain-text articles (8 to 16 paragraphs)";
    console.log(`\n${corpus.files} ${what}, ${f1(mb(corpus.bytes))} MB, one thread, start-up included, the median of ${REPEAT} runs each (bitext: ${f1(mb(corpus.bytes) / ours.seconds)} MB/s here):\n`);
    console.log(table(["run", "time, × bitext's", "peak memory, MB"], [
      ["bitext check (every rule that needs no source)", "1.00", f1(mb(ours.rss))],
      ["textlint (prh with the same glossary, no-unmatched-pair, doubled-spaces, zero-width and control characters)", f2(textlint.seconds / ours.seconds), f1(mb(textlint.rss))],
      ["retext (retext-quotes, retext-repeated-words, retext-sentence-spacing)", f2(retext.seconds / ours.seconds), f1(mb(retext.rss))],
    ]));
  }

  const oursMd = bitext(loneMd, ["--threads", "1"]);
  const remark = node([join(HERE, "remark.mjs"), listOf(loneMd)], loneMd.dir);
  console.log(`\nMarkdown: bitext check of the ${loneMd.files} articles as Markdown (one thread) takes ${f2(oursMd.seconds / remark.seconds)}× the bare unified + remark-parse (+ GFM, front matter) parse of the same files.`);

  // Article sets: every translation aligned with its source and checked against it.
  const setsOne = bitext(sets, ["--threads", "1"]);
  const setsTwo = bitext(sets, ["--threads", "2"]);
  const shortOne = alone.get(short)!;
  console.log(`\nThe short articles as ${SETS} article sets, each translation aligned with its source and checked against it: ${f1(mb(sets.bytes) / setsOne.seconds)} MB/s and ${f1(SETS / setsOne.seconds)} sets/s on one thread (${f2(setsOne.seconds / shortOne.seconds)}× their time as lone articles); --threads 2 takes ${f2(setsTwo.seconds / setsOne.seconds)}× the one thread's time (peak memory ${f1(mb(setsOne.rss))} and ${f1(mb(setsTwo.rss))} MB).`);

  // Where the time goes, by stage, on the sets (one thread).
  const timed = bitext(sets, ["--threads", "1"], { BITEXT_TIMING: "json" });
  const stages = JSON.parse(timed.stderr.split("\n").find((l) => l.startsWith("{"))!) as Record<string, number>;
  const total = Object.values(stages).reduce((x, y) => x + y, 0);
  console.log("\nWhere bitext's time goes on the sets (one thread, BITEXT_TIMING=json), as shares of the run:\n");
  console.log(table(["stage", "share"], Object.entries(stages).sort((x, y) => y[1] - x[1]).map(([stage, ms]) => [stage, `${f1((100 * ms) / total)}%`])));

  if (values.scale) scale(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Time and memory as the input grows: more lone articles, more sets, and one set of more paragraphs. */
function scale(dir: string): void {
  // An archive re-checked: the long lone articles, 4 and 16 times as many, on one thread; and as
  // bitext chooses, with no --threads (workers, on two cores, from 32 MB of lone articles on).
  const archives = [1, 4, 16].map((times) => {
    const corpus = writeCorpus(join(dir, `archive-${times}`), { sets: SETS * times, seed: SEED, format: "txt", layout: "files", paragraphs: PARAGRAPHS, repeat: true });
    // In turn, REPEAT times each, the medians counting: one run each swung as much as a third.
    const rounds = Array.from({ length: REPEAT }, () => ({ one: bitext(corpus, ["--threads", "1"]), chosen: bitext(corpus) }));
    rmSync(corpus.dir, { recursive: true, force: true });
    return { corpus, run: medianRun(rounds.map((r) => r.one)), chosen: medianRun(rounds.map((r) => r.chosen)) };
  });
  const smallest = archives[0]!;
  console.log(`\nMore long lone articles (plain text, one thread, start-up included, the median of ${REPEAT} runs each): time per MB as a multiple of the ${smallest.corpus.files} articles', throughput, peak memory, and the time with no --threads as a multiple of one thread's:\n`);
  console.log(table(["articles", "MB", "time per MB, × the first row's", "MB/s here", "peak memory, MB", "no --threads, × one thread"],
    archives.map(({ corpus, run, chosen }) => [corpus.files.toLocaleString("en"), f1(mb(corpus.bytes)),
      f2((run.seconds / corpus.bytes) / (smallest.run.seconds / smallest.corpus.bytes)), f1(mb(corpus.bytes) / run.seconds), f1(mb(run.rss)),
      f2(chosen.seconds / run.seconds)])));

  const runs = [100, 1000, 10_000].map((sets) => {
    const corpus = writeCorpus(join(dir, `scale-${sets}`), { sets, seed: SEED, format: "txt" });
    const run = bitext(corpus);
    rmSync(corpus.dir, { recursive: true, force: true });
    return { sets, run };
  });
  const base = runs[0]!;
  console.log("\nMore sets (plain text, no --threads: on two cores, workers from 150 sets on): time per set as a multiple of the 100-set run's (1.00 is linear), and peak memory:\n");
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
