import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../src/i18n/index.js";
import type { Diagnostic } from "../src/types.js";
import { checkPaths } from "../src/workspace/check.js";
import { applyFixes, planFixes } from "../src/workspace/fix.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GLOSSARY = join(ROOT, "glossaries/russia-ukraine.yaml");
const bitext = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { cwd, encoding: "utf8" });
const fixAt = (from: number, to: number, text: string) => ({ fix: { range: [from, to], text } }) as unknown as Diagnostic;

describe("fixes", () => {
  it("apply earliest first and leave an overlapping one for the next run", () => {
    const { bytes, applied } = applyFixes(Buffer.from("abcdef"), [fixAt(3, 5, "X"), fixAt(0, 2, "Y"), fixAt(1, 4, "Z")]);
    expect([Buffer.from(bytes).toString(), applied]).toEqual(["YcXf", 2]);
  });

  it("--fix-dry-run prints a unified diff and changes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-fix-"));
    writeFileSync(join(dir, "a-en.txt"), "Drones  flew over Kiev.\nThe the attack.\n");
    const run = bitext(["check", "a-en.txt", "--fix-dry-run", "--glossary", GLOSSARY], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").filter((l) => /^[-+][^-+]/u.test(l))).toEqual([
      "-Drones  flew over Kiev.", "-The the attack.", "+Drones flew over Kyiv.", "+The attack.",
    ]);
    expect(readFileSync(join(dir, "a-en.txt"), "utf8")).toBe("Drones  flew over Kiev.\nThe the attack.\n");
  });

  it("--fix writes the fixes keeping the BOM and CRLF line ends, then reports what is left", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-fix-"));
    writeFileSync(join(dir, "a-en.txt"), "\uFEFFDrones  flew over Kiev.\r\n“Stop ,” he said.\r\nkyiv was calm.\r\n");
    const run = bitext(["check", "a-en.txt", "--fix", "--glossary", GLOSSARY, "--format", "json"], dir);
    expect(readFileSync(join(dir, "a-en.txt"), "utf8")).toBe("\uFEFFDrones flew over Kyiv.\r\n“Stop,” he said.\r\nKyiv was calm.\r\n");
    expect(run.stderr).toBe("bitext: Fixed 4 problems in 1 file\n");
    expect(JSON.parse(run.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });
  });

  it.skipIf(process.platform === "win32")("--fix keeps each file's permissions, and a new report gets the usual ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-fix-"));
    const modes = [0o600, 0o640, 0o664];
    for (const [n, mode] of modes.entries()) {
      writeFileSync(join(dir, `a${n}-en.txt`), "Drones flew over Kiev.\n");
      chmodSync(join(dir, `a${n}-en.txt`), mode);
    }
    const run = bitext(["check", "a0-en.txt", "a1-en.txt", "a2-en.txt", "--fix", "--glossary", GLOSSARY, "--format", "json", "--output", "report.json"], dir);
    expect([run.status, run.stderr]).toEqual([0, "bitext: Fixed 3 problems in 3 files\n"]);
    expect(modes.map((_, n) => readFileSync(join(dir, `a${n}-en.txt`), "utf8"))).toEqual(modes.map(() => "Drones flew over Kyiv.\n"));
    expect(modes.map((_, n) => statSync(join(dir, `a${n}-en.txt`)).mode & 0o777)).toEqual(modes);
    // A file made anew is as any other program would make it: 0o666 less the umask.
    const umask = Number.parseInt(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.umask()))"], { encoding: "utf8" }).stdout, 10);
    expect(statSync(join(dir, "report.json")).mode & 0o777).toBe(0o666 & ~umask);
  });

  it.skipIf(process.platform === "win32")("--fix writes through a symbolic link: the link stays a link, the file it names is fixed", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-fix-"));
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "story.txt"), "Drones flew over Kiev.\n");
    symlinkSync(join("shared", "story.txt"), join(dir, "story-en.txt"));
    const run = bitext(["check", "story-en.txt", "--fix", "--glossary", GLOSSARY], dir);
    expect([run.status, run.stderr]).toEqual([0, "bitext: Fixed 1 problem in 1 file\n"]);
    expect(lstatSync(join(dir, "story-en.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "shared", "story.txt"), "utf8")).toBe("Drones flew over Kyiv.\n");
    expect([readdirSync(dir).sort(), readdirSync(join(dir, "shared"))]).toEqual([["shared", "story-en.txt"], ["story.txt"]]);
  });

  it("never touches a file that changed after it was checked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-fix-"));
    const file = join(dir, "a-en.txt");
    writeFileSync(file, "Drones flew over Kiev.\n");
    const report = await checkPaths({ paths: [file], glossaries: [GLOSSARY], t: createTranslator("en") });
    writeFileSync(file, "Drones flew over Kiev today.\n");
    const { fixes, problems } = await planFixes(report);
    expect(fixes).toEqual([]);
    expect(problems.map((p) => [p.file, p.key])).toEqual([[file, "input.changedSinceRead"]]);
    expect(readFileSync(file, "utf8")).toBe("Drones flew over Kiev today.\n");
  });
});
