// Speed changes no finding: bitext's report on a corpus of npm run bench:check, as it was before
// any optimisation for speed, is the report now. The findings are pinned in
// test/fixtures/bench-corpus/ (written by BITEXT_PIN_FINDINGS=1 npx vitest run test/bench-corpus.test.ts,
// only when a change of findings is meant, and then reviewed in the diff).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../bench/check/corpus.js";
import { createTranslator } from "../src/i18n/index.js";
import type { Report } from "../src/types.js";
import { checkPaths } from "../src/workspace/check.js";

const PINNED = new URL("fixtures/bench-corpus/", import.meta.url);
const CLI = new URL("../dist/cli.js", import.meta.url).pathname;
const GLOSSARY = new URL("../glossaries/russia-ukraine.yaml", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "bitext-bench-corpus-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// One line per diagnostic: where, which rule, what it says, and what it would write instead.
const lines = (report: Report) => report.results.flatMap((r) => r.diagnostics.map((d) =>
  `${r.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.severity} ${JSON.stringify(d.message)}${d.suggestion === undefined ? "" : ` → ${JSON.stringify(d.suggestion)}`}`));

describe("the benchmark corpus", () => {
  it.each(["md", "txt"] as const)("as %s gives the findings pinned before bitext was made faster", async (format) => {
    const corpus = writeCorpus(join(work, format), { sets: 16, seed: 1, format });
    const report = await checkPaths({ paths: ["articles"], cwd: corpus.dir, glossaries: [GLOSSARY], t: createTranslator("en"),
      config: { dir: corpus.dir, rules: {}, languages: {}, ignore: [], sourceLang: "es" } });
    expect(report.problems).toEqual([]);
    const found = `${lines(report).join("\n")}\n`;
    const file = new URL(`findings.${format}.txt`, PINNED);
    if (process.env.BITEXT_PIN_FINDINGS === "1") writeFileSync(file, found);
    expect(found).toBe(readFileSync(file, "utf8"));
  });

  it("as long lone articles (the benchmark's textlint comparison) gives the findings pinned before bitext was made faster", async () => {
    const corpus = writeCorpus(join(work, "long"), { sets: 6, seed: 1, format: "txt", layout: "files", paragraphs: [30, 46], repeat: true });
    const report = await checkPaths({ paths: ["articles"], cwd: corpus.dir, glossaries: [GLOSSARY], t: createTranslator("en"),
      config: { dir: corpus.dir, rules: {}, languages: {}, ignore: [], sourceLang: "es" } });
    expect(report.problems).toEqual([]);
    const found = `${lines(report).join("\n")}\n`;
    const file = new URL("findings.long.txt", PINNED);
    if (process.env.BITEXT_PIN_FINDINGS === "1") writeFileSync(file, found);
    expect(found).toBe(readFileSync(file, "utf8"));
  });
});

describe("the command line, bundled, in worker threads", () => {
  // The bundle packs ELD's model (scripts/bundle.js), workers have bounded heaps, results wait on
  // disk and the report is written in pieces: none of it may change a finding.
  it.each(["md", "txt"] as const)("finds in %s what the library finds", async (format) => {
    const corpus = writeCorpus(join(work, `cli-${format}`), { sets: 40, seed: 2, format });
    const config = { dir: corpus.dir, rules: {}, languages: {}, ignore: [], sourceLang: "es" };
    const library = await checkPaths({ paths: ["articles"], cwd: corpus.dir, glossaries: [GLOSSARY], t: createTranslator("en"), config });
    const run = spawnSync(process.execPath, [CLI, "check", "articles", "--glossary", GLOSSARY, "--threads", "2", "--format", "json"], { cwd: corpus.dir, encoding: "utf8", maxBuffer: 1 << 28 });
    expect(run.stderr).toBe("");
    const cli = JSON.parse(run.stdout) as Report;
    expect(cli.summary.errors).toBeGreaterThan(40);
    expect(lines(cli)).toEqual(lines(library));
  }, 60_000);
});
