// The command line as a person or CI runs it: the built dist/cli.js in a child process.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");
const GLOSSARY = join(ROOT, "glossaries/russia-ukraine.yaml");

function bitext(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", BITEXT_DEBUG: "" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workdir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "bitext-cli-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/u);

describe("bitext", () => {
  it("prints help and its version", () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(bitext(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(bitext(["--help"]).stdout).toContain("check [paths…]");
    expect(bitext(["check", "--help"]).stdout).toContain("--max-warnings N");
    expect(bitext(["check", "--help", "--locale", "es"]).stdout).toContain("Códigos de salida");
  });

  it.each([
    [["frobnicate"], "bitext: Unknown command “frobnicate”: run bitext --help to see the commands\n"],
    [["check", "--frob"], "bitext: Unknown option --frob: run bitext check --help to see the options\n"],
    [["check", "--format", "yaml"], "bitext: Unknown format “yaml”: use one of stylish, json, sarif, junit, github, markdown, html\n"],
    [["check", "--locale", "xx"], "bitext: Unknown locale “xx”: use one of en, es, fr, de, uk, ru\n"],
    [["check", "--max-warnings", "many"], "bitext: --max-warnings needs a whole number, not “many”\n"],
  ])("refuses %j with one line and exit 2", (args, stderr) => {
    expect(bitext(args)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("checks the bundled articles by default, exits 1 on errors, and reports each file", () => {
    const run = bitext(["check", "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.version).toBe(1);
    expect(report.results.map((r) => r.file)).toContain("articles/odesa-grain-port/en.md");
    const translation = report.results.find((r) => r.file === "articles/odesa-grain-port/en.md")!;
    expect([translation.lang, translation.source]).toEqual(["en", "articles/odesa-grain-port/es.md"]);
    const all = report.results.flatMap((r) => r.diagnostics);
    expect(report.summary).toEqual({
      files: 16,
      errors: all.filter((d) => d.severity === "error").length,
      warnings: all.filter((d) => d.severity === "warning").length,
      infos: 0,
    });
  });

  it("exits 0 on a clean file and 1 when warnings exceed --max-warnings", () => {
    const dir = workdir({ "clean-en.txt": "Drones flew over Kyiv.\n", "spaced-en.txt": "Drones  flew over Kyiv.\n" });
    expect(bitext(["check", "clean-en.txt", "--glossary", GLOSSARY], dir)).toEqual({ code: 0, stdout: "✔ No problems in 1 file\n", stderr: "" });
    expect(bitext(["check", "spaced-en.txt", "--glossary", GLOSSARY], dir).code).toBe(0);
    const strict = bitext(["check", "spaced-en.txt", "--glossary", GLOSSARY, "--max-warnings", "0"], dir);
    expect([strict.code, strict.stderr]).toEqual([1, "bitext: Too many warnings: 1 (at most 0 allowed)\n"]);
  });

  it("prints file:line:column, severity, message and rule for people", () => {
    const dir = workdir({ "a-en.txt": "Drones flew over Kiev.\n" });
    const run = bitext(["check", "a-en.txt", "--glossary", GLOSSARY], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe([
      "a-en.txt",
      "  1:18  error  “Kiev” is a form to avoid: write “Kyiv”  glossary/term",
      "",
      "✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file",
      "",
    ].join("\n"));
  });

  it("speaks the --locale language", () => {
    const dir = workdir({ "a-en.txt": "Drones flew over Kiev.\n" });
    expect(bitext(["check", "a-en.txt", "--glossary", GLOSSARY, "--locale", "es"], dir).stdout)
      .toContain("«Kiev» es una forma que se debe evitar: escriba «Kyiv»");
  });

  it("reports each unusable input on one line, still checks the rest, and exits 2", () => {
    const dir = workdir({
      "good-en.txt": "Drones flew over Kiev.\n",
      "latin1-en.txt": Uint8Array.from([0x4b, 0x69, 0x65, 0x76, 0xe9, 0x0a]),
      "binaries/en.md": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      "binaries/fr.md": Uint8Array.from([0x00, 0x00, 0x00, 0x18]),
      "photos/photo.jpg": Uint8Array.from([0xff, 0xd8, 0xff, 0x00]),
      "bad.yaml": "terms:\n  - id: kyiv\n    en: { use: Kyiv, avoid: [Kiev }\n",
    });
    const run = bitext(["check", "good-en.txt", "latin1-en.txt", "missing-en.txt", "binaries", "photos", "--glossary", GLOSSARY, "--glossary", "bad.yaml", "--format", "json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "bitext: bad.yaml: line 3: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "bitext: binaries/en.md: is a binary file, not text",
      "bitext: binaries/fr.md: is a binary file, not text",
      "bitext: latin1-en.txt: is not valid UTF-8 (line 1): save it as UTF-8",
      "bitext: missing-en.txt: no such file or folder",
      "bitext: photos: no article files (.md, .markdown, .txt) found here",
    ]);
    noStack(run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.results.map((r) => [r.file, r.diagnostics.map((d) => d.excerpt)])).toEqual([["good-en.txt", ["Kiev"]]]);
    expect(report.problems).toHaveLength(6);
  });

  it("writes --output whole, leaving no temporary file behind", () => {
    const dir = workdir({ "a-en.txt": "Drones flew over Kiev.\n" });
    const run = bitext(["check", "a-en.txt", "--glossary", GLOSSARY, "--format", "json", "--output", "report.json"], dir);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect((JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report).summary.errors).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["a-en.txt", "report.json"]);
  });

  it("asks for --lang when a lone file's name does not say its language", () => {
    const dir = workdir({ "notes.txt": "Drones flew over Kiev.\n" });
    const run = bitext(["check", "notes.txt"], dir);
    expect([run.code, run.stderr]).toEqual([2, "bitext: notes.txt: its language is unknown: name it after its language (en.md, story-en.txt) or pass --lang\n"]);
    expect(bitext(["check", "notes.txt", "--lang", "en"], dir).code).toBe(1);
  });
});

describe("bitext merge-reports", () => {
  it("refuses a bad --max-warnings like check does", () => {
    const dir = workdir({ "r.json": JSON.stringify({ version: 1, summary: { files: 0, errors: 0, warnings: 0, infos: 0 }, results: [], problems: [] }) });
    expect(bitext(["merge-reports", "r.json", "--max-warnings", "many"], dir)).toEqual({ code: 2, stdout: "", stderr: "bitext: --max-warnings needs a whole number, not “many”\n" });
    expect(bitext(["merge-reports", "nope.json"], dir)).toEqual({ code: 2, stdout: "", stderr: "bitext: nope.json: no such file or folder\n" });
  });
});

describe("a reader that stops reading", () => {
  it("ends the run with its own exit code and no trace, as bitext check | head does", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "bitext-pipe-"));
    writeFileSync(join(dir, "long-en.txt"), "Drones flew over Kiev.  The the end.\n\n".repeat(20_000));
    for (const format of ["stylish", "json"]) {
      const child = spawn(process.execPath, [CLI, "check", "long-en.txt", "--glossary", GLOSSARY, "--max-problems", "0", "--format", format], { cwd: dir });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      // Read the first piece of the report, then close the pipe, as head does.
      await new Promise((resolve) => child.stdout.once("data", resolve));
      child.stdout.destroy();
      expect(await exited, format).toBe(1);
      noStack(stderr);
      expect(stderr).toBe("");
    }
  }, 60_000);
});

describe("BITEXT_TIMING", () => {
  it("says where a run's time went, stage by stage, and the stages make up the run", () => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, "check", "articles/odesa-grain-port", "--threads", "1", "--format", "json", "--glossary", GLOSSARY],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, BITEXT_TIMING: "json" } });
    const wall = performance.now() - started;
    expect(run.status).toBe(1); // the bundled set has findings
    const times = JSON.parse(run.stderr.trim().split("\n").at(-1)!) as Record<string, number>;
    for (const stage of ["start-up", "glossary", "read", "parse", "align", "loading language models", "align/untranslated", "glossary/term",
      "diagnostics (messages, positions)", "keeping results", "report", "finding files, waiting"]) {
      expect(times[stage], stage).toBeGreaterThanOrEqual(0);
    }
    expect(Object.values(times).every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
    // One thread: the stages add up to the run, which the child's own clock started a little after ours.
    const total = Object.values(times).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(wall);
    expect(total).toBeGreaterThan(wall / 2);
    const table = spawnSync(process.execPath, [CLI, "check", "articles/odesa-grain-port/en.md", "--format", "json", "--glossary", GLOSSARY],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, BITEXT_TIMING: "1" } }).stderr.split("\n");
    expect(table[0]).toMatch(/^stage +time \(ms\) +share$/u);
    expect(table.some((line) => /^start-up +\d+\.\d +\d+\.\d%$/u.test(line))).toBe(true);
  });
});
