import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignUnits } from "../src/align/align.js";
import { alignArticles } from "../src/align/articles.js";
import { alignBanded, MAX_CELLS } from "../src/align/dynamic.js";
import { readArticle } from "../src/article/read.js";
import { createTranslator } from "../src/i18n/index.js";
import { checkPaths } from "../src/workspace/check.js";
import { bundledGlossary } from "./run-check.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SET = "test/fixtures/align/kramatorsk";
const links = async (lang: string) => {
  const [source, target] = await Promise.all([readArticle(join(ROOT, SET, "es.md")), readArticle(join(ROOT, SET, `${lang}.md`))]);
  return alignArticles(source, target, bundledGlossary).links.map((l) => [l.source.map((b) => b.index), l.target.map((b) => b.index)]);
};

describe("paragraph alignment of a Spanish source with its translations", () => {
  it.each([
    // a clean translation: every block 1-1, the heading with the heading
    ["de", [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[5], [5]], [[6], [6]], [[7], [7]]]],
    // two paragraphs merged into one, one dropped
    ["en", [[[0], [0]], [[1], [1]], [[2, 3], [2]], [[4], [3]], [[5], [4]], [[6], []], [[7], [5]]]],
    // a paragraph split in two, one left in Spanish, one added at the end
    ["fr", [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4, 5]], [[5], [6]], [[6], [7]], [[7], [8]], [[], [9]]]],
    // a paragraph cut short, one written in Russian
    ["uk", [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[5], [5]], [[6], [6]], [[7], [7]]]],
  ])("%s", async (lang, expected) => {
    expect(await links(lang)).toEqual(expected);
  });

  it("reports what the alignment shows, on the translation, pointing at the source", async () => {
    const report = await checkPaths({ paths: [join(ROOT, SET)], t: createTranslator("en"), glossaries: [join(ROOT, "glossaries/russia-ukraine.yaml")] });
    const found = report.results.flatMap((r) => r.diagnostics
      .filter((d) => d.ruleId.startsWith("align/") || d.ruleId === "glossary/missing")
      .map((d) => [r.file.split("/").pop(), d.line, d.column, d.ruleId, d.message, d.related?.map((x) => x.line)]));
    expect(found).toEqual([
      ["en.md", 10, 215, "align/numbers", "40 here but 30 in the source: check the number", [10, 12]],
      ["en.md", 12, 1, "glossary/missing", "The source has “Ucrania” but the translation has no “Ukraine”: use the glossary's rendering", [14]],
      ["en.md", 16, 1, "align/missing", "The source paragraph “Kramatorsk ya había sufrido en abril de 2022 un…” has no translation here: translate it", [18]],
      ["en.md", 16, 148, "align/numbers", "16 is not in the source: check it", [20]],
      ["fr.md", 18, 1, "align/untranslated", "This paragraph is the source text, untranslated: translate it", [16]],
      ["fr.md", 24, 1, "align/extra", "This paragraph has no counterpart in the source: check that it belongs", undefined],
      ["uk.md", 10, 1, "align/length", "This paragraph is 18% of the length its source suggests: check that nothing is left out", [10]],
      ["uk.md", 16, 1, "align/untranslated", "This paragraph reads as Russian, not Ukrainian: translate it", [16]],
      ["uk.md", 16, 1, "glossary/missing", "The source has “Zelenski” but the translation has no “Зеленський”: use the glossary's rendering", [16]],
    ]);
    expect(report.results.find((r) => r.file.endsWith("de.md"))!.diagnostics).toEqual([]);
  });

  it("aligns the sentences inside a merged pair", async () => {
    const [source, target] = await Promise.all([readArticle(join(ROOT, SET, "es.md")), readArticle(join(ROOT, SET, "en.md"))]);
    const merged = alignArticles(source, target, bundledGlossary).links[2]!;
    // "Más de 60 personas resultaron heridas. Los equipos…" became one English sentence.
    expect(merged.sentences?.map((s) => [s.source, s.target])).toEqual([[[0, 1], [0]], [[2], [1]]]);
  });
});

describe("the aligner", () => {
  it("finds merges, splits, drops and additions among sentences", () => {
    const src = ["Drones hit Odesa at night.", "Two warehouses burned.", "The governor spoke at length and called for calm.", "Grain prices rose by 5 %.", "Kyiv asked for more air defence."];
    const tgt = ["Des drones ont frappé Odessa la nuit et deux entrepôts ont brûlé.", "Le gouverneur a parlé.", "Il a appelé au calme.", "Les prix du grain ont augmenté de 5 %.", "Kyiv a demandé davantage de défense aérienne."];
    const result = alignUnits(src.map((text) => ({ text })), tgt.map((text) => ({ text })));
    expect(result.map((l) => [l.source, l.target])).toEqual([[[0, 1], [0]], [[2], [1, 2]], [[3], [3]], [[4], [4]]]);
  });

  it("widens its band when the path runs along the edge", () => {
    // 300 source units against 100 target units: the diagonal lies far outside a band of 4.
    const beads = alignBanded(300, 100, [[1, 1], [1, 0], [0, 1]], (_i, _j, di, dj) => (di === 1 && dj === 1 ? 0 : 1), 4);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(100);
    expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it("keeps to a bounded number of cells however long the documents and however much they differ", () => {
    // 30,000 units, every fifth dropped: the band would span 7,200 cells either side of the diagonal.
    const source = Array.from({ length: 30_000 }, (_, i) => i);
    const target = source.filter((i) => i % 5 !== 4);
    const moves = [[1, 1], [1, 0], [0, 1]] as const;
    let calls = 0;
    const beads = alignBanded(source.length, target.length, moves, (i, j, di, dj) => {
      if (++calls > 8 * MAX_CELLS * moves.length) throw new Error("the band outgrew its bound");
      return di === 1 && dj === 1 ? (source[i] === target[j] ? 0 : 3) : 1;
    });
    const pairs = beads.filter((b) => b.source.length === 1 && b.target.length === 1);
    expect(pairs).toHaveLength(24_000);
    expect(pairs.every((b) => source[b.source[0]!] === target[b.target[0]!])).toBe(true);
  }, 60_000);
});

describe("bitext align", () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "align", ...args], { cwd: ROOT, encoding: "utf8" });

  it("prints the alignment report of DESIGN.md", () => {
    const result = run([`${SET}/es.md`, `${SET}/en.md`, "--format", "json"]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { version: number; source: unknown; target: unknown; links: { type: string; source: number[]; target: number[]; sourceLines: number[]; targetLines: number[]; score: number }[] };
    expect([report.version, report.source, report.target]).toEqual([1, { file: `${SET}/es.md`, lang: "es" }, { file: `${SET}/en.md`, lang: "en" }]);
    expect(report.links.map((l) => [l.type, l.source, l.target, l.sourceLines, l.targetLines])).toEqual([
      ["1-1", [0], [0], [6], [6]], ["1-1", [1], [1], [8], [8]], ["2-1", [2, 3], [2], [10, 12], [10]], ["1-1", [4], [3], [14], [12]],
      ["1-1", [5], [4], [16], [14]], ["1-0", [6], [], [18], []], ["1-1", [7], [5], [20], [16]],
    ]);
    for (const link of report.links) expect(link.score).toBeGreaterThanOrEqual(0);
  });

  it("prints tab-separated rows and a side-by-side view", () => {
    const tsv = run([`${SET}/es.md`, `${SET}/fr.md`, "--format", "tsv"]).stdout.split("\n");
    expect(tsv[0]).toBe("type\tscore\tsource\ttarget\tsource_text\ttarget_text");
    expect(tsv.filter((row) => row.startsWith("0-1\t"))).toHaveLength(1);
    const view = run([`${SET}/es.md`, `${SET}/fr.md`, "--width", "80"]).stdout.split("\n");
    expect(view[0]).toMatch(/es\.md +│ .*fr\.md$/u);
    expect(view.filter((line) => /^1-2 {2}\d\.\d\d$/u.test(line))).toHaveLength(1);
    expect(Math.max(...view.map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it("refuses a wrong call with one line and exit 2", () => {
    expect([run([`${SET}/es.md`]).status, run([`${SET}/es.md`]).stderr]).toEqual([2, "bitext: bitext align needs two files: the source and its translation\n"]);
    expect(run([`${SET}/es.md`, "missing.md"]).stderr).toBe("bitext: missing.md: no such file or folder\n");
  });
});
