import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignStale } from "../../src/checks/align-stale.js";
import type { Report } from "../../src/types.js";
import { runCheck } from "../run-check.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BEFORE = "Rusia lanzó 29 drones contra Odesa durante la noche.\nLas defensas derribaron 23 de ellos.\nEl gobernador pidió calma a la población.";
const AFTER = "Rusia lanzó 29 drones contra Odesa durante la noche.\nLas defensas derribaron 25 de ellos, según el ejército.\nEl gobernador pidió calma a la población.";

const found = (lang: string, text: string, after = AFTER) =>
  runCheck(alignStale, text, { lang, source: { text: after, lang: "es", before: BEFORE } }).map((d) => [d.line, d.related?.map((r) => r.line)]);

describe("align/stale", () => {
  it.each([
    ["en", "Russia launched 29 drones at Odesa overnight.\nAir defences shot down 23 of them.\nThe governor called for calm."],
    ["fr", "La Russie a lancé 29 drones sur Odessa dans la nuit.\nLa défense en a abattu 23.\nLe gouverneur a appelé au calme."],
    ["uk", "Росія запустила 29 дронів по Одесі вночі.\nППО збила 23 з них.\nГубернатор закликав до спокою."],
  ])("%s: flags the paragraph whose source changed", (lang, text) => {
    expect(found(lang, text)).toEqual([[2, [2]]]);
  });

  it.each([
    ["en", "Russia launched 29 drones at Odesa overnight.\nAir defences shot down 23 of them.\nThe governor called for calm."],
    ["de", "Russland feuerte in der Nacht 29 Drohnen auf Odessa ab.\nDie Luftabwehr schoss 23 davon ab.\nDer Gouverneur rief zur Ruhe auf."],
  ])("%s: stays silent when the source did not change", (lang, text) => {
    expect(found(lang, text, BEFORE)).toEqual([]);
  });

  it("reads the source at the revision the front matter names, from git", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-stale-"));
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=CI", ...args], { cwd: dir, encoding: "utf8" });
    mkdirSync(join(dir, "articles/odesa"), { recursive: true });
    writeFileSync(join(dir, "articles/odesa/es.md"), `---\nrole: source\n---\n\n${BEFORE.split("\n").join("\n\n")}\n`);
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "source");
    const revision = git("rev-parse", "--short", "HEAD").stdout.trim();
    writeFileSync(join(dir, "articles/odesa/es.md"), `---\nrole: source\n---\n\n${AFTER.split("\n").join("\n\n")}\n`);
    writeFileSync(join(dir, "articles/odesa/en.md"), `---\nsource: es.md\nsource-revision: ${revision}\n---\n\nRussia launched 29 drones at Odesa overnight.\n\nAir defences shot down 23 of them.\n\nThe governor called for calm.\n`);
    const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--format", "json", "--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")], { cwd: dir, encoding: "utf8" });
    const report = JSON.parse(run.stdout) as Report;
    const stale = report.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === "align/stale");
    expect(stale.map((d) => [d.file, d.line, d.message])).toEqual([
      ["articles/odesa/en.md", 8, `The source paragraph changed after revision ${revision}, which this translation was made from: update it`],
    ]);
  });
});
