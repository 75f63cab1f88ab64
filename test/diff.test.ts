import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { wordDiff } from "../src/align/revisions.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GLOSSARY = join(ROOT, "glossaries/russia-ukraine.yaml");
const bitext = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args, "--glossary", GLOSSARY, "--no-color", "--width", "120"], { cwd, encoding: "utf8" });

function repository() {
  const dir = mkdtempSync(join(tmpdir(), "bitext-diff-"));
  const git = (...args: string[]) => spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=CI", ...args], { cwd: dir, encoding: "utf8" });
  mkdirSync(join(dir, "articles/k"), { recursive: true });
  cpSync(join(ROOT, "test/fixtures/align/kramatorsk/es.md"), join(dir, "articles/k/es.md"));
  cpSync(join(ROOT, "test/fixtures/align/kramatorsk/de.md"), join(dir, "articles/k/de.md"));
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "source and translation");
  const revision = git("rev-parse", "--short", "HEAD").stdout.trim();
  const de = join(dir, "articles/k/de.md");
  writeFileSync(de, readFileSync(de, "utf8").replace("source: es.md", `source: es.md\nsource-revision: ${revision}`));
  const es = join(dir, "articles/k/es.md");
  writeFileSync(es, readFileSync(es, "utf8")
    .replace("Más de 60 personas resultaron heridas.", "Más de 70 personas resultaron heridas.")
    .replace("El Kremlin no comentó el ataque", "El Kremlin negó el ataque"));
  return { dir, revision };
}

describe("bitext diff", () => {
  it("shows exactly the source paragraphs changed since the translation's revision, beside their translation", () => {
    const { dir, revision } = repository();
    const run = bitext(["diff"], dir);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`articles/k/de.md, translated from articles/k/es.md at ${revision}: 2 source paragraphs changed since`);
    expect(lines.filter((l) => l.startsWith("articles/k/es.md:"))).toEqual([
      expect.stringMatching(/^articles\/k\/es\.md:10 +│ articles\/k\/de\.md:11$/u),
      expect.stringMatching(/^articles\/k\/es\.md:20 +│ articles\/k\/de\.md:21$/u),
    ]);
    expect(run.stdout).toContain("Más de [-60-]{+70+} personas resultaron heridas.");
    expect(run.stdout).toContain("│ Mehr als 60 Menschen wurden verletzt.");
    expect(run.stdout).toContain("El Kremlin [-no-]{+negó+} [-comentó -]el ataque");
    expect(run.stdout).toContain("│ Der Kreml äußerte sich nicht zu dem Angriff");
  });

  it("compares two versions of one article paragraph by paragraph", () => {
    const { dir } = repository();
    writeFileSync(join(dir, "old.md"), spawnSync("git", ["show", "HEAD:articles/k/es.md"], { cwd: dir, encoding: "utf8" }).stdout);
    const run = bitext(["diff", "old.md", "articles/k/es.md", "--lang", "es"], dir);
    expect(run.stdout.split("\n")[0]).toBe("old.md → articles/k/es.md: 2 paragraphs changed");
    expect(run.stdout).toMatch(/Más de \[-60-\] personas.*│ Más de \{\+70\+\} personas/u);
  });

  it("says which revision git cannot read, exit 2", () => {
    const { dir } = repository();
    const de = join(dir, "articles/k/de.md");
    writeFileSync(de, readFileSync(de, "utf8").replace(/source-revision: \w+/u, "source-revision: deadbeef"));
    const run = bitext(["diff"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bitext: articles\/k\/de\.md: cannot read the source at revision “deadbeef” from git: /u);
  });

  it("diffs words, keeping the spaces", () => {
    expect(wordDiff("no comentó el ataque", "negó el ataque").filter((c) => c.added || c.removed).map((c) => [c.text, c.added ? "+" : "-"]))
      .toEqual([["no", "-"], ["negó", "+"], ["comentó ", "-"]]);
  });

  it("shows a paragraph rewritten beyond 1,000 edits as the old text out and the new in, without searching for minutes", () => {
    const words = (seed: number) => Array.from({ length: 8_000 }, (_, i) => `w${(i * seed) % 997}`).join(" ");
    const [before, after] = [words(7), words(13)];
    expect(wordDiff(before, after)).toEqual([{ text: before, removed: true }, { text: after, added: true }]);
    // A few edits in the same long paragraph are still shown word by word.
    const edited = before.replace("w7 ", "w7 new ");
    expect(wordDiff(before, edited).filter((c) => c.added || c.removed)).toEqual([{ text: "new ", added: true }]);
  });
});

describe("the HTML report", () => {
  it("shows the source's word diff beside each stale translation paragraph", () => {
    const { dir, revision } = repository();
    const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--format", "html", "--output", "report.html", "--glossary", GLOSSARY], { cwd: dir, encoding: "utf8" });
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    const diffs = [...html.matchAll(/<div class="diff">(.*?)<\/div>/gu)].map((m) => m[1]!);
    expect(diffs).toHaveLength(2);
    expect(diffs[0]).toContain(`Source changed since ${revision}:`);
    expect(diffs[0]).toContain("Más de <del>60</del><ins>70</ins> personas");
    expect(diffs[1]).toContain("El Kremlin <del>no</del><ins>negó</ins>");
  });
});
