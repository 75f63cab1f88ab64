// The bundled command line (scripts/bundle.js) packs ELD's sentence model to hold each distinct
// score object once: the packed model must tell every text's language with the very scores the
// library's own does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { declaration, MAIN } from "./real-world/udhr.js";

const BIN = fileURLToPath(new URL("../dist/bin/", import.meta.url));
type Eld = { detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean } };

describe("ELD's model, packed in the bundle", () => {
  it("scores every text as the library's model does: the Declaration in 29 languages, by paragraph and by piece", async () => {
    const chunk = readdirSync(BIN).find((name) => /^static\.extrasmall-\w+\.js$/u.test(name));
    expect(chunk).toBeDefined();
    const packed = (await import(pathToFileURL(join(BIN, chunk!)).href) as { eld: Eld }).eld;
    const library = (await import("eld/extrasmall")).eld as Eld;
    const texts = Object.values(MAIN).flatMap((code) => declaration(code).blocks.flatMap((b) => [b.text, b.text.slice(0, 60), b.text.slice(-30)]));
    expect(texts.length).toBeGreaterThan(3000);
    let reliable = 0;
    for (const text of texts) {
      const [a, b] = [packed.detect(text), library.detect(text)];
      expect([a.language, a.isReliable(), a.getScores()], text).toEqual([b.language, b.isReliable(), b.getScores()]);
      if (b.isReliable()) reliable++;
    }
    expect(reliable).toBeGreaterThan(texts.length / 2);
  });
});

describe("what a run of the command line loads", () => {
  const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const HOOK = fileURLToPath(new URL("fixtures/load-hook/register.mjs", import.meta.url));
  const work = mkdtempSync(join(tmpdir(), "bitext-loads-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // The sources bundled into each module file the run loaded, from the file's source map.
  const sourcesLoaded = (args: readonly string[]): string[] => {
    const log = join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(log, "");
    const run = spawnSync(process.execPath, ["--import", HOOK, CLI, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, BITEXT_LOADED: log } });
    expect(run.status, run.stderr).toBeLessThanOrEqual(1);
    const files = readFileSync(log, "utf8").split("\n").filter((url) => url.includes("/dist/")).map((url) => fileURLToPath(url));
    return files.flatMap((file) => (JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] }).sources);
  };
  const heavy = (sources: readonly string[]) => ({
    markdown: sources.some((s) => /node_modules\/(?:remark-parse|micromark)\//u.test(s)),
    xml: sources.some((s) => /node_modules\/saxes\//u.test(s)),
    otherLocales: sources.filter((s) => /locales\/(?:es|fr|de|uk|ru)\.json$/u.test(s)).length,
    identifiers: sources.some((s) => /node_modules\/(?:franc|eld)\//u.test(s)),
  });

  it("checks a plain-text article without the Markdown and XML parsers, the language identifiers or other locales", () => {
    writeFileSync(join(work, "en.txt"), "Drones flew over Kiev.\n");
    expect(heavy(sourcesLoaded(["check", "en.txt"]))).toEqual({ markdown: false, xml: false, otherLocales: 0, identifiers: false });
  });

  it("loads the Markdown parser for a Markdown article, and the locale asked for", () => {
    writeFileSync(join(work, "en.md"), "# Drones\n\nDrones flew over *Kiev*.\n");
    expect(heavy(sourcesLoaded(["check", "en.md", "--locale", "fr"]))).toEqual({ markdown: true, xml: false, otherLocales: 1, identifiers: false });
  });
});
