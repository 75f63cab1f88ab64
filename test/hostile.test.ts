// Files an editor's CMS may produce, fed to the CLI: each gets one clear line and the right exit
// code, never a stack trace and never a hang.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFromText } from "../src/article/decode.js";
import { MAX_MARKS, parseMarkdown } from "../src/article/markdown.js";
import { parseArticle } from "../src/article/read.js";
import type { Report } from "../src/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GLOSSARY = join(ROOT, "glossaries/russia-ukraine.yaml");
const bitext = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args, "--glossary", GLOSSARY], { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });

describe("hostile files", () => {
  const laughs = Array.from({ length: 11 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(", ")}]`);
  it.each([
    ["10,000 levels of nested quotes", "deep-en.md", `${"> ".repeat(10_000)}Kiev\n`,
      "nests quotes or lists 10000 levels deep at line 1; bitext reads at most 500"],
    ["10,000 levels of nested lists", "deep-en.md", `${"- ".repeat(10_000)}Kiev\n`,
      "nests quotes or lists 10000 levels deep at line 1; bitext reads at most 500"],
    // The Markdown parser would take minutes over them.
    ["100,000 link marks in one paragraph", "marks-en.md", `Drones flew over Kyiv.\n\n${"a]".repeat(100_000)}\n`,
      "has 100,000 emphasis, link and tag marks (* _ ~ [ ] <) in the paragraph at line 3; bitext reads at most 2,000: break it into paragraphs"],
    ["Markdown that can't be cut into pieces, beyond 1 MB", "fence-en.md", `Drones flew over Kyiv.\n\n\`\`\`\n${"code line\n".repeat(150_000)}`,
      "has 1.4 MB of Markdown from line 1 that cannot be read in pieces (a code fence or HTML block before it, or no blank line before a line at the margin); bitext reads at most 1 MB at once"],
    // The parser took 1.8 GB for 20,000 rows of ten short cells.
    ["a table of 25,000 rows", "table-en.md", `| a | b | c |\n|---|---|---|\n${"| Kyiv | 23 | 29 |\n".repeat(25_000)}`,
      "has a table with 100,008 cell marks (|) from line 1; bitext reads at most 20,000 in one table: split it"],
    ["100,000 inline tags in one paragraph", "tags-en.md", `${"<span>Kyiv</span> said.\n".repeat(50_000)}`,
      "has 100,000 emphasis, link and tag marks (* _ ~ [ ] <) in the paragraph at line 1; bitext reads at most 2,000: break it into paragraphs"],
    ["front matter whose YAML aliases expand ten to the twelfth times (billion laughs)", "laughs-en.md",
      ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]", ...laughs, "---", "", "Drones flew over Kiev.", ""].join("\n"),
      "front matter at line 2 expands its YAML aliases beyond reason; write the values out"],
    ["more than 250,000 paragraphs", "lines-en.txt", "Kyiv.\n".repeat(250_001),
      "has more than 250,000 paragraphs (the next at line 250001); bitext reads at most that many in one article: split it"],
    // Sparse: 129 MB that take no room on the disk.
    ["a file over 128 MB", "huge-en.txt", (file: string) => {
      writeFileSync(file, "");
      truncateSync(file, 129 * 1024 * 1024);
    },
      "is 129 MB; bitext reads articles of at most 128 MB"],
    // Read for ever, it would never end the run.
    ["a named pipe", "pipe-en.txt", (file: string) => spawnSync("mkfifo", [file]),
      "is not a regular file (a device, pipe or socket)"],
  ] as const)("%s: a clear error, the other files still checked", (_, name, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-refused-"));
    if (typeof content === "string") writeFileSync(join(dir, name), content);
    else content(join(dir, name));
    writeFileSync(join(dir, "fine-en.md"), "Drones flew over Kiev.\n");
    const run = bitext(["check", name, "fine-en.md", "--format", "json"], dir);
    expect([run.status, run.stderr]).toEqual([2, `bitext: ${name}: ${message}\n`]);
    expect((JSON.parse(run.stdout) as Report).results.map((r) => r.file)).toEqual(["fine-en.md"]);
  });

  it("counts Markdown paragraphs, list items and cells against the limit as it reads them, in every piece", () => {
    const text = `# Title\n\n${"Kyiv.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n".repeat(40)}`;
    expect(parseMarkdown(sourceFromText(text), "a.md", { maxBlocks: 1_000 }).blocks).toHaveLength(1 + 40 * 7);
    for (const chunkSize of [16, Infinity]) {
      expect(() => parseMarkdown(sourceFromText(text), "a.md", { maxBlocks: 100, chunkSize })).toThrow(expect.objectContaining({
        key: "input.tooManyParagraphs", values: { max: 100, line: 3 + 9 * 14 + 2 }, // the 101st: "- one" of the 15th repeat
      }));
    }
  });

  it.each(["]", "a*", "a~~", "a *b* [c](d) e\n> "])("paragraphs just under the limit of marks cost time in proportion to their number: %j", (unit) => {
    const marks = [...unit].filter((c) => "*_~[]".includes(c)).length;
    const paragraph = `${unit.repeat(Math.floor(MAX_MARKS / marks))}\n\n`;
    const time = (n: number) => {
      const started = performance.now();
      parseArticle("a.md", sourceFromText(paragraph.repeat(n)), { lang: "en" });
      return performance.now() - started;
    };
    time(2); // warm up
    const small = time(4);
    const large = time(16);
    // 4× the paragraphs; within one paragraph the cost grows with the square.
    expect(large / Math.max(small, 1)).toBeLessThan(7);
  }, 60_000);

  it("a 3 MB Markdown article is read piece by piece, within a 160 MB heap", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-md-"));
    const paragraph = "Drones flew over *Kyiv* on Tuesday, [the governor](https://e.org/a) said, and 23 of 29 were shot down.";
    const count = Math.ceil(3_000_000 / (paragraph.length + 2));
    writeFileSync(join(dir, "big-en.md"), `---\nlang: en\n---\n\n${`${paragraph}\n\n`.repeat(count)}Kiev.\n`);
    // Whole, the parser's tokens for this file took over 300 MB.
    const run = spawnSync(process.execPath, ["--max-old-space-size=160", join(ROOT, "dist/cli.js"), "check", "big-en.md", "--format", "json", "--glossary", GLOSSARY],
      { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const diagnostics = (JSON.parse(run.stdout) as Report).results[0]!.diagnostics;
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column, d.excerpt])).toEqual([["glossary/term", 5 + 2 * count, 1, "Kiev"]]);
  }, 120_000);

  it("a UTF-16 file, a NUL byte and invisible characters", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-enc-"));
    writeFileSync(join(dir, "utf16-en.txt"), Buffer.from("\uFEFFKiev", "utf16le"));
    writeFileSync(join(dir, "nul-en.txt"), "Kiev\u0000");
    writeFileSync(join(dir, "hidden-en.txt"), "Kyiv\u200B said \u202Eno\u202C.\n");
    const run = bitext(["check", "utf16-en.txt", "nul-en.txt", "hidden-en.txt", "--format", "json"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "bitext: nul-en.txt: is a binary file, not text",
      "bitext: utf16-en.txt: is UTF-16: save it as UTF-8",
    ]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.results[0]!.diagnostics.map((d) => [d.ruleId, d.column])).toEqual([
      ["stray/mojibake", 5], ["stray/mojibake", 12], ["stray/mojibake", 15],
    ]);
  });

  it("a symbolic link that loops back into the articles folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-loop-"));
    mkdirSync(join(dir, "articles/a"), { recursive: true });
    writeFileSync(join(dir, "articles/a/en.md"), "Drones flew over Kyiv.\n");
    symlinkSync(join(dir, "articles"), join(dir, "articles/a/loop"));
    const run = bitext(["check", "--format", "json"], dir);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Report).results.map((r) => r.file)).toEqual(["articles/a/en.md"]);
  });

  it("a 5 MB article on one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-long-"));
    const sentence = "Drones flew over Kyiv on Tuesday, the governor said, and 23 of 29 were shot down. ";
    writeFileSync(join(dir, "long-en.txt"), `${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}Kiev.\n`);
    const run = bitext(["check", "long-en.txt", "--format", "json"], dir);
    expect(run.status).toBe(1);
    const diagnostics = (JSON.parse(run.stdout) as Report).results[0]!.diagnostics;
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.excerpt])).toEqual([["glossary/term", 1, "Kiev"]]);
    expect(diagnostics[0]!.column).toBe(sentence.length * Math.ceil(5_000_000 / sentence.length) + 1);
  }, 120_000);

  it("a 10 MB article with three million problems: the first 1,000 listed, the rest counted, in a bounded heap", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-many-"));
    // Per line: 100 glossary/term errors and 50 text/repeated-word warnings.
    const line = Array.from({ length: 50 }, () => "Kiev the the Kiev.").join(" ");
    const lines = Math.ceil(10_000_000 / (line.length + 1));
    writeFileSync(join(dir, "many-en.txt"), `${line}\n`.repeat(lines));
    // Listing every problem of a file twice this size ran out of a 4 GB heap; 192 MB now suffice.
    const run = spawnSync(process.execPath, ["--max-old-space-size=192", join(ROOT, "dist/cli.js"), "check", "many-en.txt", "--format", "json", "--glossary", GLOSSARY],
      { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const diagnostics = (JSON.parse(run.stdout) as Report).results[0]!.diagnostics;
    expect(diagnostics).toHaveLength(1001);
    // The first 1,000 in file order: the first 6 lines and 100 of the 7th line's problems.
    const perLine = diagnostics.slice(0, 1000).map((d) => d.line).reduce((n, l) => ({ ...n, [l]: (n[l] ?? 0) + 1 }), {} as Record<number, number>);
    expect(perLine).toEqual({ 1: 150, 2: 150, 3: 150, 4: 150, 5: 150, 6: 150, 7: 100 });
    expect(diagnostics.at(-1)).toMatchObject({
      ruleId: "bitext/too-many-problems", severity: "error",
      message: `${(150 * lines - 1000).toLocaleString("en")} more problems from here on are not listed (at most 1,000 per file): fix these and run again, or raise --max-problems`,
    });
  }, 120_000);
});

// Where nobody can run bitext from: the clone itself, or, when nobody can't reach into it (a clone
// in a folder only root may enter), a copy of what the CLI needs in a 0755 folder of its own.
function runtimeFor(user: { uid: number; gid: number }): { cli: string; glossary: string } | string {
  const reaches = (file: string) => spawnSync(process.execPath, ["-e", "require('fs').accessSync(process.argv[1], 4)", file], user).status === 0;
  if (!reaches(process.execPath)) return `nobody cannot run ${process.execPath}`;
  if (reaches(join(ROOT, "dist/cli.js")) && reaches(GLOSSARY)) return { cli: join(ROOT, "dist/cli.js"), glossary: GLOSSARY };
  const copy = mkdtempSync(join(tmpdir(), "bitext-runtime-"));
  chmodSync(copy, 0o755);
  const runtime = spawnSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: ROOT, encoding: "utf8" }).stdout.split("\n").filter((dir) => dir.startsWith(join(ROOT, "node_modules")));
  for (const dir of [join(ROOT, "dist"), join(ROOT, "package.json"), GLOSSARY, ...runtime]) cpSync(dir, join(copy, relative(ROOT, dir)), { recursive: true });
  const cli = join(copy, "dist/cli.js");
  return reaches(cli) ? { cli, glossary: join(copy, relative(ROOT, GLOSSARY)) } : `nobody cannot reach ${tmpdir()}`;
}

describe("permissions", () => {
  // Root reads and writes anything: as root, bitext runs as nobody (65534) to meet a refusal.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  const own = (file: string) => {
    if (asRoot) chownSync(file, 65534, 65534);
  };
  const runtime = asRoot ? runtimeFor({ uid: 65534, gid: 65534 }) : { cli: join(ROOT, "dist/cli.js"), glossary: GLOSSARY };
  const unreachable = typeof runtime === "string";
  const title = "an unreadable file or folder, a read-only article and a folder closed to writes: named, never touched";

  it.skipIf(unreachable)(unreachable ? `${title} (skipped: ${runtime})` : title, () => {
    if (typeof runtime === "string") return;
    const dir = mkdtempSync(join(tmpdir(), "bitext-perm-"));
    chmodSync(dir, 0o777);
    own(dir);
    const kiev = "Drones flew over Kiev.\n";
    writeFileSync(join(dir, "locked-en.txt"), kiev);
    writeFileSync(join(dir, "ours-en.txt"), kiev);
    writeFileSync(join(dir, "readonly-en.txt"), kiev);
    mkdirSync(join(dir, "articles/secret"), { recursive: true });
    mkdirSync(join(dir, "articles/open"));
    writeFileSync(join(dir, "articles/secret/en.md"), kiev);
    writeFileSync(join(dir, "articles/open/en.md"), "Drones flew over Kyiv.\n");
    mkdirSync(join(dir, "closed"));
    for (const f of ["ours-en.txt", "readonly-en.txt", "articles", "articles/open", "articles/open/en.md", "closed"]) own(join(dir, f));
    chmodSync(join(dir, "locked-en.txt"), 0o000);
    chmodSync(join(dir, "articles/secret"), 0o000);
    chmodSync(join(dir, "readonly-en.txt"), 0o444);
    chmodSync(join(dir, "closed"), 0o555);
    const run = (args: string[]) => spawnSync(process.execPath, [runtime.cli, ...args, "--glossary", runtime.glossary], { cwd: dir, encoding: "utf8", ...user });

    const fixed = run(["check", "locked-en.txt", "ours-en.txt", "readonly-en.txt", "articles", "--fix", "--format", "json"]);
    expect(fixed.status).toBe(2);
    expect(fixed.stderr.split("\n").filter(Boolean)).toEqual([
      "bitext: Fixed 1 problem in 1 file",
      "bitext: articles/secret: permission denied: bitext cannot read it",
      "bitext: locked-en.txt: permission denied: bitext cannot read it",
      "bitext: readonly-en.txt: permission denied: bitext cannot write it",
    ]);
    expect(readFileSync(join(dir, "ours-en.txt"), "utf8")).toBe("Drones flew over Kyiv.\n");
    expect(readFileSync(join(dir, "readonly-en.txt"), "utf8")).toBe(kiev);
    const report = JSON.parse(fixed.stdout) as Report;
    expect(report.results.map((r) => [r.file, r.diagnostics.map((d) => d.excerpt)])).toEqual([
      ["articles/open/en.md", []], ["ours-en.txt", []], ["readonly-en.txt", ["Kiev"]],
    ]);

    const closed = run(["check", "ours-en.txt", "--output", "closed/report.json"]);
    expect([closed.status, closed.stderr]).toEqual([2, "bitext: closed/report.json: permission denied: bitext cannot write it\n"]);
    const baseline = run(["check", "readonly-en.txt", "--write-baseline", "--baseline", "closed/baseline.json"]);
    expect([baseline.status, baseline.stderr]).toEqual([2, "bitext: closed/baseline.json: permission denied: bitext cannot write it\n"]);
    // A cache that can't be written costs time only.
    const cached = run(["check", "readonly-en.txt", "--cache", "--cache-location", "closed/cache", "--format", "json"]);
    expect([cached.status, cached.stderr]).toEqual([1, ""]);
    expect(readdirSync(dir).sort()).toEqual(["articles", "closed", "locked-en.txt", "ours-en.txt", "readonly-en.txt"]);
    expect(readdirSync(join(dir, "closed"))).toEqual([]);
  });
});

describe("interrupted and concurrent runs", () => {
  it("leave --output old or new, never half, and no temporary file behind", async () => {
    const { spawn } = await import("node:child_process");
    const { readdirSync, readFileSync, writeFileSync: write } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "bitext-signal-"));
    for (let n = 0; n < 40; n++) {
      mkdirSync(join(dir, "articles", `s${n}`), { recursive: true });
      write(join(dir, "articles", `s${n}`, "en.md"), "Drones flew over Kiev.  The the end.\n".repeat(400));
    }
    write(join(dir, "report.json"), "old report\n");
    for (const delay of [150, 400, 700, 1000]) {
      const child = spawn(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--format", "json", "--output", "report.json", "--glossary", GLOSSARY], { cwd: dir });
      // Listened for at once: a fast run may be over before the signal is sent.
      const exited = new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGINT");
      const code = await exited;
      const content = readFileSync(join(dir, "report.json"), "utf8");
      if (content !== "old report\n") expect((JSON.parse(content) as Report).version).toBe(1);
      // null: interrupted while Node was still loading bitext, before anything was written.
      expect([null, 0, 1, 130]).toContain(code);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    }
  }, 60_000);

  it("Ctrl-C ends a long check at once, not when the check is over", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "bitext-ctrl-c-"));
    const line = Array.from({ length: 50 }, () => "Kiev the the Kiev.").join(" ");
    writeFileSync(join(dir, "long-en.txt"), `${line}\n`.repeat(Math.ceil(20_000_000 / (line.length + 1)))); // seconds of checking
    const child = spawn(process.execPath, [join(ROOT, "dist/cli.js"), "check", "long-en.txt", "--glossary", GLOSSARY], { cwd: dir });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_, s) => r(s)));
    await new Promise((r) => setTimeout(r, 1500));
    const sent = performance.now();
    child.kill("SIGINT");
    const signal = await exited;
    expect(signal).toBe("SIGINT");
    expect(performance.now() - sent).toBeLessThan(2000);
  }, 60_000);

  it("two runs on one folder with one cache do not corrupt each other", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "bitext-concurrent-"));
    const { cpSync, readFileSync } = await import("node:fs");
    cpSync(join(ROOT, "articles"), join(dir, "articles"), { recursive: true });
    const run = (out: string) => new Promise<number | null>((resolve) => {
      spawn(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--cache", "--format", "json", "--output", out, "--glossary", GLOSSARY], { cwd: dir })
        .on("exit", (code) => resolve(code));
    });
    expect(await Promise.all([run("a.json"), run("b.json"), run("a.json")])).toEqual([1, 1, 1]);
    const a = JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as Report;
    const b = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as Report;
    expect(a).toEqual(b);
    expect(await run("c.json")).toBe(1); // from the cache the runs wrote together
    expect(JSON.parse(readFileSync(join(dir, "c.json"), "utf8"))).toEqual(a);
  }, 60_000);
});

describe("files that come and go during a run", () => {
  it("are reported in one line or checked, never crash a run", async () => {
    const { spawn } = await import("node:child_process");
    const { writeFileSync: write, rmSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "bitext-vanish-"));
    for (let n = 0; n < 30; n++) {
      mkdirSync(join(dir, "articles", `s${n}`), { recursive: true });
      write(join(dir, "articles", `s${n}`, "en.md"), "Drones flew over Kiev.\n".repeat(200));
    }
    // Another process keeps deleting and re-creating files while bitext reads them (bounded: 4 s).
    let churning = true;
    const churn = (async () => {
      for (let round = 0; churning && round < 4000; round++) {
        const file = join(dir, "articles", `s${round % 30}`, "en.md");
        if (round % 2) rmSync(file, { force: true });
        else write(file, "Drones flew over Kiev.\n".repeat(200));
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    const codes: (number | null)[] = [];
    for (let run = 0; run < 5; run++) {
      // The report is not read here: stdout is dropped, or a full pipe would stall the child.
      const child = spawn(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--format", "json", "--glossary", GLOSSARY], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
      codes.push(code);
      for (const line of stderr.split("\n").filter(Boolean)) expect(line).toMatch(/^bitext: articles\/s\d+\/en\.md: no such file or folder$/u);
    }
    churning = false;
    await churn;
    for (const code of codes) expect([1, 2]).toContain(code);
  }, 60_000);
});
