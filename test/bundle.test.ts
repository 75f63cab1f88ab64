// The bundled command line (scripts/bundle.js) packs ELD's sentence model to hold each distinct
// score object once: the packed model must tell every text's language with the very scores the
// library's own does.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  // The URL of each module file a run loads; Node's own modules it loads, as node:NAME.
  const HOOK = fileURLToPath(new URL("fixtures/load-hook/register.mjs", import.meta.url));
  const BUILTINS = fileURLToPath(new URL("fixtures/load-hook/builtins.mjs", import.meta.url));
  const work = mkdtempSync(join(tmpdir(), "bitext-loads-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // What the run loaded, as the hook given writes it.
  const loaded = (args: readonly string[], stderr?: string, hook = HOOK): string[] => {
    const log = join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(log, "");
    const run = spawnSync(process.execPath, ["--import", hook, CLI, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, BITEXT_LOADED: log } });
    if (stderr === undefined) expect(run.status, run.stderr).toBeLessThanOrEqual(1);
    else expect([run.status, run.stderr]).toEqual([2, stderr]);
    return readFileSync(log, "utf8").split("\n");
  };
  // The sources bundled into each module file the run loaded, from the file's source map.
  const sourcesLoaded = (args: readonly string[], stderr?: string): string[] => {
    const files = loaded(args, stderr).filter((url) => url.includes("/dist/")).map((url) => fileURLToPath(url));
    return files.flatMap((file) => (JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] }).sources);
  };
  const heavy = (sources: readonly string[]) => ({
    markdown: sources.some((s) => /node_modules\/(?:remark-parse|micromark)\//u.test(s)),
    // saxes' own source map names its TypeScript source: src/saxes.ts.
    xml: sources.some((s) => /\/saxes(?:\/|\.ts$)/u.test(s)),
    otherLocales: sources.filter((s) => /locales\/(?:es|fr|de|uk|ru)\.json$/u.test(s)).length,
    identifiers: sources.some((s) => /node_modules\/(?:franc|eld)\//u.test(s)),
    aligner: sources.some((s) => /src\/align\/align\.ts$/u.test(s)),
    diff: sources.some((s) => /node_modules\/diff\//u.test(s)),
    yaml: sources.some((s) => /node_modules\/yaml\//u.test(s)),
    globs: sources.some((s) => /node_modules\/picomatch\//u.test(s)),
  });
  const folder = (name: string, files: Record<string, string>) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return name;
  };
  const CONFIG = "sourceLang: es\nlocale: en\nrules:\n  quotes/style: { severity: warning, straight: allow }\nlanguages:\n  fr:\n    rules:\n      text/whitespace: error\nignore: [\"archive/**\"]\n";

  it("checks a plain-text article without the Markdown and XML parsers, the language identifiers, the aligner, the word diff, YAML's exact parser or other locales", () => {
    const dir = folder("lone", { "en.txt": "Drones flew over Kiev.\n", "bitext.config.yaml": CONFIG });
    expect(heavy(sourcesLoaded(["check", `${dir}/en.txt`, "--config", `${dir}/bitext.config.yaml`]))).toEqual({
      markdown: false, xml: false, otherLocales: 0, identifiers: false, aligner: false, diff: false, yaml: false, globs: true,
    });
  });

  it("loads Node's crypto and worker threads only for a run that needs them", () => {
    const dir = folder("builtins", { "en.txt": "Drones flew over Kiev.\n", "bitext.config.yaml": "sourceLang: es\n" });
    const builtins = (args: readonly string[]) => loaded(args, undefined, BUILTINS).filter((name) => /^node:(?:crypto|worker_threads)$/u.test(name)).sort();
    expect(builtins(["check", `${dir}/en.txt`, "--config", `${dir}/bitext.config.yaml`])).toEqual([]);
    // --output writes through a temporary file with a random name; --fix notes each file's digest.
    expect(builtins(["check", `${dir}/en.txt`, "--config", `${dir}/bitext.config.yaml`, "--output", `${dir}/report.txt`])).toEqual(["node:crypto"]);
    expect(builtins(["check", `${dir}/en.txt`, "--config", `${dir}/bitext.config.yaml`, "--fix-dry-run"])).toEqual(["node:crypto"]);
    // Worker threads, asked for, for more sets than one thread checks alone.
    const sets = Object.fromEntries(Array.from({ length: 200 }, (_, n) => [`s${n}`, n]));
    for (const name of Object.keys(sets)) folder(join("many", name), { "es.txt": "Drones sobrevolaron Kiev.\n", "en.txt": "Drones flew over Kyiv.\n" });
    expect(builtins(["check", "many", "--threads", "2", "--config", `${dir}/bitext.config.yaml`])).toEqual(["node:worker_threads"]);
  });

  it("loads the glob matcher only for a config that ignores some files", () => {
    const dir = folder("no-ignore", { "en.txt": "Drones flew over Kiev.\n", "bitext.config.yaml": "sourceLang: es\n" });
    expect(heavy(sourcesLoaded(["check", `${dir}/en.txt`, "--config", `${dir}/bitext.config.yaml`]))).toMatchObject({ globs: false, yaml: false });
  });

  it("loads the Markdown parser for a Markdown article, and the locale asked for", () => {
    writeFileSync(join(work, "en.md"), "# Drones\n\nDrones flew over *Kiev*.\n");
    expect(heavy(sourcesLoaded(["check", "en.md", "--locale", "fr"]))).toMatchObject({ markdown: true, xml: false, otherLocales: 1, identifiers: false, aligner: false });
  });

  it("loads the aligner and the language identifiers for a set with a translation, and for XLIFF the identifiers alone", () => {
    const set = folder("set", { "es.txt": "Drones sobrevolaron Kiev.\n", "en.txt": "Drones flew over Kyiv.\n", "bitext.config.yaml": CONFIG });
    expect(heavy(sourcesLoaded(["check", set]))).toMatchObject({ identifiers: true, aligner: true, yaml: false });
    const xliff = folder("xliff", { "en.xlf": `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en">
  <file id="f1"><unit id="u1"><segment><source>Drones sobrevolaron Kiev.</source><target>Drones flew over Kyiv.</target></segment></unit></file>
</xliff>
` });
    expect(heavy(sourcesLoaded(["check", `${xliff}/en.xlf`]))).toMatchObject({ xml: true, identifiers: true, aligner: false, diff: false });
  });

  it("loads YAML's exact parser for a config the quick way refuses, to name the line at fault", () => {
    const dir = folder("bad-config", { "en.txt": "Drones flew over Kyiv.\n", "bitext.config.yaml": "sourceLang: es\nrules:\n  quotes/stile: warning\n" });
    const loaded = sourcesLoaded(["check", `${dir}/en.txt`, "--config", `${dir}/bitext.config.yaml`],
      "bitext: bad-config/bitext.config.yaml: line 3: “rules.quotes/stile” names no rule of bitext\n");
    expect(heavy(loaded)).toMatchObject({ yaml: true });
  });
});
