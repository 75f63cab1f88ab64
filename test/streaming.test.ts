// An archive's report is never held whole: diagnostics wait on disk (spill.ts), reporters write
// a file's at a time (json-stream.ts), and a worker's heap is bounded, its batch checked again in
// the main thread if it runs out. Each must give exactly what the whole-in-memory way gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../src/i18n/index.js";
import { jsonWithArray, joined } from "../src/report/json-stream.js";
import { reporters } from "../src/report/index.js";
import type { FileResult, Report } from "../src/types.js";
import { checkPaths } from "../src/workspace/check.js";
import { pack, PackedResult } from "../src/workspace/packed-result.js";
import { createSpill } from "../src/workspace/spill.js";
import { loadGlossary } from "../src/glossary/load.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const t = createTranslator("en");
const GLOSSARY = join(ROOT, "glossaries/russia-ukraine.yaml");

describe("JSON written a piece at a time", () => {
  it("is JSON.stringify's text, whatever the value around the array and whatever the items", () => {
    const value = fc.jsonValue();
    fc.assert(fc.property(fc.array(value), fc.dictionary(fc.string(), value), fc.dictionary(fc.string(), value), fc.nat(3),
      (items, before, after, depth) => {
        // The hole at some depth: inside objects and an array.
        const wrap = (inner: unknown, d: number): unknown => (d === 0 ? inner : d % 2 === 1 ? [before, wrap(inner, d - 1), after] : { ...before, "the hole": wrap(inner, d - 1), ...after });
        const key = "\u0000results";
        expect(joined(jsonWithArray((hole) => wrap({ [key]: hole }, depth), items))).toBe(JSON.stringify(wrap({ [key]: items }, depth), null, 2));
      }), { numRuns: 300 });
  });

  it("refuses a value with no hole", () => {
    expect(() => joined(jsonWithArray(() => ({ results: [] }), []))).toThrow("no hole");
  });
});

describe("results kept on disk", () => {
  const result = (n: number): FileResult => ({
    file: `articles/set-${n}/uk.md`, lang: "uk", source: `articles/set-${n}/es.md`,
    diagnostics: Array.from({ length: n % 4 }, (_, i) => ({
      ruleId: "glossary/term", severity: "error" as const, message: `«Киев» — ${i}\u0000\ud800`, file: `articles/set-${n}/uk.md`,
      line: i + 1, column: 3, endLine: i + 1, endColumn: 7, excerpt: "Киев", suggestion: "Київ", fix: { range: [10, 18] as [number, number], text: "Київ" },
    })),
  });

  it("read back as they were, and write as JSON exactly as they would have", () => {
    const spill = createSpill();
    const originals = Array.from({ length: 2500 }, (_, n) => result(n)); // past the first block of offsets
    for (const r of originals) spill.keep(structuredClone(r));
    const kept = spill.results();
    expect(kept.map((r) => r.diagnostics)).toEqual(originals.map((r) => r.diagnostics));
    expect(JSON.stringify(kept)).toBe(JSON.stringify(originals));
    // Read as often as asked, each time afresh.
    expect(kept[3]!.diagnostics).not.toBe(kept[3]!.diagnostics);
    expect(kept[3]!.diagnostics).toEqual(originals[3]!.diagnostics);
    // A result with nothing to keep stays as it is.
    expect(Object.getOwnPropertyDescriptor(kept[0]!, "diagnostics")!.value).toEqual([]);
    spill.close();
  });

  it("read back as they were across blocks, a result larger than a block among them", () => {
    const spill = createSpill();
    const sized = (n: number, units: number): FileResult => {
      const r = result(n);
      // Two, three and four bytes of UTF-8 a character: a block fills before its unit count says.
      return { ...r, diagnostics: [{ ...result(1).diagnostics[0]!, message: "Ї€😀".repeat(Math.ceil(units / 4)) }, ...r.diagnostics] };
    };
    const originals = [sized(1, 10), ...Array.from({ length: 40 }, (_, n) => sized(n, 90_000)), sized(2, 3_000_000), sized(3, 10), sized(5, 700_000)];
    for (const r of originals) spill.keep(structuredClone(r));
    const kept = spill.results();
    expect(kept.map((r) => r.diagnostics)).toEqual(originals.map((r) => r.diagnostics));
    // Read back out of order: backwards, and every seventh.
    expect([...kept].reverse().map((r) => r.diagnostics)).toEqual([...originals].reverse().map((r) => r.diagnostics));
    const order = originals.map((_, i) => (i * 7) % originals.length);
    expect(order.map((i) => kept[i]!.diagnostics)).toEqual(order.map((i) => originals[i]!.diagnostics));
    spill.close();
  });

  it("stay in memory, as they were, where no temporary file can be made", () => {
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(ROOT, "no-such-folder", "tmp");
    try {
      const spill = createSpill();
      const originals = Array.from({ length: 20 }, (_, n) => result(n));
      for (const r of originals) spill.keep(r);
      const kept = spill.results();
      expect(kept).toEqual(originals);
      expect(kept[3]).toBe(originals[3]); // held as it came
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  });

  it("packed by a worker, are the results they were, counted, and written as they are", () => {
    const spill = createSpill();
    const originals = Array.from({ length: 8 }, (_, n) => result(n));
    for (const original of originals) {
      const packed = new PackedResult(structuredClone(pack(original)));
      expect(packed.diagnostics).toEqual(original.diagnostics);
      expect(JSON.stringify(packed)).toBe(JSON.stringify(original));
      expect(packed.counts).toEqual({ files: 1, errors: original.diagnostics.length, warnings: 0, infos: 0 });
      expect(packed.fixed).toBe(original.diagnostics.length > 0);
      spill.keep(packed);
    }
    expect(JSON.stringify(spill.results())).toBe(JSON.stringify(originals));
    spill.close();
  });

  it("give the report the whole-in-memory check gives, in every format", async () => {
    const options = { paths: [join(ROOT, "articles")], glossaries: [GLOSSARY], t, cwd: ROOT };
    const inMemory = await checkPaths(options);
    const onDisk = await checkPaths({ ...options, spill: true });
    expect(inMemory.summary.errors).toBeGreaterThan(0);
    // Read from disk: no result holds its diagnostics itself.
    expect(onDisk.results.filter((r) => r.diagnostics.length > 0 && Object.hasOwn(r, "diagnostics"))).toEqual([]);
    expect(onDisk.results.map((r) => r.diagnostics)).toEqual(inMemory.results.map((r) => r.diagnostics));
    for (const [format, reporter] of Object.entries(reporters)) {
      expect(joined(reporter(onDisk, { color: false, t, cwd: ROOT })), format).toBe(joined(reporter(inMemory, { color: false, t, cwd: ROOT })));
    }
    const json = JSON.parse(joined(reporters.json!(onDisk, { color: false, t }))) as Report;
    expect(json.results).toEqual(inMemory.results);
  });
});

describe("a worker that runs out of memory", () => {
  // The compiled modules: a worker runs dist/workspace/worker.js.
  const dist = (path: string) => pathToFileURL(join(ROOT, "dist", path)).href;

  it("is replaced, and its batch checked in the main thread with the same outcome", async () => {
    const { createPool, WorkerOutOfMemory } = await import(dist("workspace/pool.js")) as typeof import("../src/workspace/pool.js");
    const { checkBatch } = await import(dist("workspace/check.js")) as typeof import("../src/workspace/check.js");
    const glossary = await loadGlossary(GLOSSARY);
    const config = { dir: ROOT, rules: {}, languages: {}, ignore: [] };
    const set = ["es.md", "en.md", "uk.md"].map((name) => {
      const file = join(ROOT, "articles/odesa-grain-port", name);
      return { file, bytes: new Uint8Array(readFileSync(file)) };
    });
    // Too small a heap for the language models: the worker dies on its first set with translations.
    const pool = createPool(1, { glossary, config, locale: "en" }, 4);
    try {
      await expect(pool.run([set])).rejects.toBeInstanceOf(WorkerOutOfMemory);
      const context = { glossary, config, t };
      const here = await checkBatch([set], context, undefined);
      expect(here[0]!.results.flatMap((r) => r.diagnostics).length).toBeGreaterThan(0);
      expect(await checkBatch([set], context, pool)).toEqual(here);
    } finally {
      await pool.close();
    }
  });
});
