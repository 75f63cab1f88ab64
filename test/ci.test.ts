// What a publication pipeline relies on: every report format from one fixture set, the
// configuration, suppressions, the baseline, shards and their merge.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv from "ajv-draft-04";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../src/i18n/index.js";
import { reporters } from "./report-text.js";
import { mergeReports } from "../src/report/merge.js";
import type { Report } from "../src/types.js";
import { checkPaths, inputBytes, shardOf } from "../src/workspace/check.js";
import { workerCount } from "../src/workspace/pool.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");
const t = createTranslator("en");
const bitext = (args: string[], cwd: string) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const workdir = () => {
  const dir = mkdtempSync(join(tmpdir(), "bitext-ci-"));
  cpSync(join(ROOT, "articles"), join(dir, "articles"), { recursive: true });
  cpSync(join(ROOT, "glossaries"), join(dir, "glossaries"), { recursive: true });
  return dir;
};

let report: Report;
beforeAll(async () => {
  report = await checkPaths({ paths: [join(ROOT, "articles")], cwd: ROOT, t });
});

describe("report formats", () => {
  it("writes SARIF 2.1.0 that the OASIS schema accepts", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as object;
    // The schema's language-tag pattern is not valid with the u flag, which Ajv uses by default.
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(reporters.sarif!(report, { color: false, t })) as { runs: { results: unknown[]; tool: { driver: { version: string; rules: { id: string; help: { text: string } }[] } } }[] };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(report.results.flatMap((r) => r.diagnostics).length);
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/u);
    expect(run.tool.driver.rules.find((r) => r.id === "glossary/term")?.help.text).toContain("Flagged: Drones flew over Kiev and kyiv.");
  });

  it("describes the engine's own rules in SARIF, such as the line that counts problems beyond --max-problems", async () => {
    const capped = await checkPaths({ paths: [join(ROOT, "articles")], cwd: ROOT, t, maxProblems: 1 });
    const log = JSON.parse(reporters.sarif!(capped, { color: false, t })) as { runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] };
    const run = log.runs[0]!;
    expect(run.results.filter((r) => r.ruleId === "bitext/too-many-problems").length).toBeGreaterThan(0);
    expect(run.tool.driver.rules.find((r) => r.id === "bitext/too-many-problems")?.shortDescription.text)
      .toBe("A file has more problems than --max-problems lists: this line counts the rest, from the first left out.");
    // Whatever the limit, the same files fail.
    expect(capped.summary.errors > 0).toBe(report.summary.errors > 0);
    expect(capped.results.map((r) => [r.file, r.diagnostics.some((d) => d.severity === "error")]))
      .toEqual(report.results.map((r) => [r.file, r.diagnostics.some((d) => d.severity === "error")]));
  });

  it("writes SARIF that the SARIF Multitool validates clean", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-sarif-"));
    const file = join(dir, "report.sarif");
    writeFileSync(file, reporters.sarif!(report, { color: false, t }));
    const tool = join(ROOT, "node_modules/.bin/sarif-multitool");
    const run = spawnSync(tool, ["validate", file, "--output", join(dir, "validation.sarif")], { encoding: "utf8" });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const validation = JSON.parse(readFileSync(join(dir, "validation.sarif"), "utf8").replace(/^\uFEFF/u, "")) as { runs: { results?: { level?: string; message: { text?: string } }[] }[] };
    const findings = validation.runs.flatMap((r) => r.results ?? []).filter((r) => r.level === "error" || r.level === "warning");
    expect(findings.map((f) => f.message.text)).toEqual([]);
  });

  it("names files inside the working directory relative to %SRCROOT% and files elsewhere by file: URIs, valid for the Multitool", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-sarif-where-"));
    const work = join(dir, "newsroom");
    const set = join(work, "news room", "Київ #1");
    const away = join(dir, "outside 100% ü", "set #2");
    for (const folder of [set, away]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, "es.md"), "Rusia lanzó 29 drones contra Kiev.\n");
      writeFileSync(join(folder, "en.md"), "---\nsource: es.md\n---\n\nRussia launched 92 drones at Kiev.\n");
    }
    writeFileSync(join(dir, "lone-en.txt"), "Drones flew over Kiev.\n");
    const glossary = ["--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")];
    const run = bitext(["check", "news room/Київ #1", join(set, "..", "Київ #1", "en.md"), "../outside 100% ü/set #2", join(dir, "lone-en.txt"), "--format", "sarif", "--output", "out.sarif", ...glossary], work);
    expect(run.code, run.stderr).toBe(1);
    type Location = { uri: string; uriBaseId?: string };
    const log = JSON.parse(readFileSync(join(work, "out.sarif"), "utf8")) as { runs: {
      originalUriBaseIds: Record<string, { uri: string }>;
      results: { locations: { physicalLocation: { artifactLocation: Location } }[]; relatedLocations?: { physicalLocation: { artifactLocation: Location } }[];
        fixes?: { artifactChanges: { artifactLocation: Location }[] }[] }[] }[] };
    const run0 = log.runs[0]!;
    expect(run0.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: `${pathToFileURL(work).href}/` } });
    const where = (kind: string, l: Location) => `${kind} ${l.uriBaseId ?? "-"} ${l.uri}`;
    const seen = new Set(run0.results.flatMap((r) => [
      ...r.locations.map((l) => where("result", l.physicalLocation.artifactLocation)),
      ...(r.relatedLocations ?? []).map((l) => where("related", l.physicalLocation.artifactLocation)),
      ...(r.fixes ?? []).flatMap((f) => f.artifactChanges.map((c) => where("fix", c.artifactLocation))),
    ]));
    const outside = `file://${dir.split("/").map(encodeURIComponent).join("/")}`;
    expect([...seen].sort()).toEqual([
      "fix %SRCROOT% news%20room/%D0%9A%D0%B8%D1%97%D0%B2%20%231/en.md",
      `fix - ${outside}/lone-en.txt`,
      `fix - ${outside}/outside%20100%25%20%C3%BC/set%20%232/en.md`,
      `related - ${outside}/outside%20100%25%20%C3%BC/set%20%232/es.md`,
      "related %SRCROOT% news%20room/%D0%9A%D0%B8%D1%97%D0%B2%20%231/es.md",
      `result - ${outside}/lone-en.txt`,
      `result - ${outside}/outside%20100%25%20%C3%BC/set%20%232/en.md`,
      "result %SRCROOT% news%20room/%D0%9A%D0%B8%D1%97%D0%B2%20%231/en.md",
    ].sort());
    const tool = join(ROOT, "node_modules/.bin/sarif-multitool");
    const validated = spawnSync(tool, ["validate", join(work, "out.sarif"), "--output", join(dir, "validation.sarif")], { encoding: "utf8" });
    expect(validated.status, validated.stdout + validated.stderr).toBe(0);
    const validation = JSON.parse(readFileSync(join(dir, "validation.sarif"), "utf8").replace(/^\uFEFF/u, "")) as { runs: { results?: { level?: string; message: { text?: string } }[] }[] };
    expect(validation.runs.flatMap((r) => r.results ?? []).filter((r) => r.level === "error" || r.level === "warning").map((f) => f.message.text)).toEqual([]);
  });

  it("writes JUnit XML that parses back: a suite per file, a case per rule", () => {
    const xml = reporters.junit!(report, { color: false, t });
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as
      { testsuites: { tests: string; failures: string; testsuite: { name: string; testcase: { name: string; failure?: { type: string; "#text": string } }[] }[] } };
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual(report.results.map((r) => r.file));
    const en = suites.find((s) => s.name.endsWith("odesa-grain-port/en.md"))!;
    const failing = en.testcase.filter((c) => c.failure).map((c) => [c.name, c.failure!.type]);
    expect(failing).toEqual([["glossary/term", "error"], ["stray/embed", "error"], ["text/repeated-word", "warning"], ["align/extra", "warning"]]);
    expect(Number(parsed.testsuites.failures)).toBe(report.results.reduce((n, r) => n + new Set(r.diagnostics.map((d) => d.ruleId)).size, 0));
  });

  it("writes GitHub annotations, one exact line per diagnostic", () => {
    const lines = reporters.github!(report, { color: false, t }).trimEnd().split("\n");
    expect(lines).toHaveLength(report.results.flatMap((r) => r.diagnostics).length);
    expect(lines).toContain("::error file=articles/odesa-grain-port/en.md,line=10,col=54,endLine=10,endColumn=60,title=glossary/term::“Odessa” is a form to avoid: write “Odesa”");
    expect(lines).toContain("::warning file=articles/odesa-grain-port/en.md,line=24,col=75,endLine=24,endColumn=82,title=text/repeated-word::“the” is repeated: remove one");
    const first = report.results.flatMap((r) => r.diagnostics)[0]!;
    const hostile = reporters.github!({ ...report, results: [{ file: "a,b:c.md", lang: "en", diagnostics: [{ ...first, file: "a,b:c.md", message: "two\nlines 100%" }] }] }, { color: false, t });
    expect(hostile).toMatch(/^::\w+ file=a%2Cb%3Ac\.md,.*::two%0Alines 100%25\n$/u);
  });

  it("writes a Markdown summary with counts per rule and the worst problems first", () => {
    const md = reporters.markdown!(report, { color: false, t });
    const errors = report.summary.errors;
    expect(md).toContain(`(${errors} errors, ${report.summary.warnings} warnings, 0 infos) in 16 files`);
    expect(md).toContain("| `stray/embed` | 3 | 0 | 0 |");
    const rows = md.split("\n").filter((l) => /^\| [✖⚠]/u.test(l));
    expect(rows.length).toBe(20);
    // At least 20 errors: the 20 shown are all errors, and the rest are counted.
    expect(errors).toBeGreaterThanOrEqual(20);
    expect(rows.every((l) => l.startsWith("| ✖"))).toBe(true);
    expect(md).toContain(`… and ${errors + report.summary.warnings - 20} more`);
  });
});

describe("configuration", () => {
  it("is found upwards and sets rules, per-language overrides, ignores and the locale", () => {
    const dir = workdir();
    writeFileSync(join(dir, "bitext.config.yaml"), [
      "locale: es", "rules:", "  stray/embed: off", "  text/repeated-word: error", "languages:", "  uk:", "    rules:", "      glossary/term: off",
      "ignore: [\"articles/zaporizhzhia-inspectors/**\"]", "",
    ].join("\n"));
    mkdirSync(join(dir, "sub"));
    const run = bitext(["check", "../articles", "--format", "json"], join(dir, "sub"));
    const got = JSON.parse(run.stdout) as Report;
    const all = got.results.flatMap((r) => r.diagnostics);
    expect(got.results.some((r) => r.file.includes("zaporizhzhia"))).toBe(false);
    expect(all.some((d) => d.ruleId === "stray/embed")).toBe(false);
    expect(all.filter((d) => d.ruleId === "text/repeated-word").map((d) => d.severity)).toEqual(["error", "error"]);
    expect(all.filter((d) => d.ruleId === "glossary/term").map((d) => d.file.split("/").pop())).toEqual(["en.md"]);
    expect(all.find((d) => d.ruleId === "glossary/term")?.message).toBe("«Odessa» es una forma que se debe evitar: escriba «Odesa»");
  });

  it("sets a rule's options, for all languages or one", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-options-"));
    writeFileSync(join(dir, "en.md"), "He said \"no\" twice. She said \"yes\".\n");
    writeFileSync(join(dir, "story-fr.md"), "Il a dit \"non\". Elle a dit \"oui\".\n");
    const style = (config: string) => {
      writeFileSync(join(dir, "bitext.config.yaml"), config);
      const got = JSON.parse(bitext(["check", "en.md", "story-fr.md", "--format", "json", "--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")], dir).stdout) as Report;
      return got.results.map((r) => [r.file, r.diagnostics.filter((d) => d.ruleId === "quotes/style").map((d) => [d.column, d.severity])]);
    };
    expect(style("")).toEqual([["en.md", [[9, "warning"]]], ["story-fr.md", [[10, "warning"]]]]);
    expect(style("rules:\n  quotes/style: { straight: allow }\n")).toEqual([["en.md", []], ["story-fr.md", []]]);
    expect(style("rules:\n  quotes/style: { severity: error, straight: each }\nlanguages:\n  fr:\n    rules:\n      quotes/style: { straight: allow }\n"))
      .toEqual([["en.md", [[9, "error"], [12, "error"], [30, "error"], [34, "error"]]], ["story-fr.md", []]]);
  });

  it.each([
    ["rules:\n  quotes/stile: warning\n", "bitext.config.yaml: line 2: “rules.quotes/stile” names no rule of bitext"],
    ["rules:\n  quotes/style: loud\n", "bitext.config.yaml: line 2: “rules.quotes/style” must be off, info, warning or error, not “loud”"],
    ["sourcelang: es\n", "bitext.config.yaml: line 1: unknown key “sourcelang”: use one of sourceLang, glossaries, locale, rules, languages, ignore, maxProblems, baseUrl"],
    ["maxProblems: -3\n", "bitext.config.yaml: line 1: “maxProblems” must be a whole number of 0 or more, not “-3”"],
    ["maxProblems: many\n", "bitext.config.yaml: line 1: “maxProblems” must be a whole number of 0 or more, not “many”"],
    ["locale: pt\n", "bitext.config.yaml: line 1: “locale”: “pt” is not one of en, es, fr, de, uk, ru"],
    ["rules: [\n", "bitext.config.yaml: line 2: Flow sequence in block collection must be sufficiently indented and end with a ]"],
    ["rules:\n  quotes/style: { straightt: allow }\n", "bitext.config.yaml: line 2: “rules.quotes/style.straightt” is no option of that rule: use one of severity, straight"],
    ["rules:\n  quotes/style:\n    straight: never\n", "bitext.config.yaml: line 3: “rules.quotes/style.straight” must be one of once, each, allow, not “never”"],
    ["rules:\n  quotes/style: { severity: loud }\n", "bitext.config.yaml: line 2: “rules.quotes/style.severity” must be off, info, warning or error, not “loud”"],
  ])("refuses %j with the key and line, exit 2", (text, message) => {
    const dir = workdir();
    writeFileSync(join(dir, "bitext.config.yaml"), text);
    expect(bitext(["check"], dir)).toEqual({ code: 2, stdout: "", stderr: `bitext: ${message}\n` });
  });

  it("init writes a starter that loads as it is, and never overwrites", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-init-"));
    expect(bitext(["init"], dir)).toEqual({ code: 0, stdout: "Wrote bitext.config.yaml: a commented starter configuration\n", stderr: "" });
    expect(readFileSync(join(dir, "bitext.config.yaml"), "utf8")).toContain("# Per rule: off | info | warning | error, or a mapping of that and the rule's options.");
    expect(bitext(["init"], dir).code).toBe(2);
    cpSync(join(ROOT, "articles"), join(dir, "articles"), { recursive: true });
    expect(bitext(["check", "--format", "json"], dir).code).toBe(1);
  });
});

describe("suppressions", () => {
  it("turn a rule off for the next line or a range, and report an unused one", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-sup-"));
    writeFileSync(join(dir, "en.md"), [
      "<!-- bitext-disable-next-line glossary/term -->", "Drones flew over Kiev.", "", "Kiev again.", "",
      "<!-- bitext-disable quotes/style -->", "He said \"no\".", "", "<!-- bitext-enable quotes/style -->", "She said \"yes\".", "",
      "<!-- bitext-disable-next-line text/whitespace -->", "Nothing here.", "", "“Curly,” they said: straight ones are slips here.", "",
    ].join("\n"));
    const got = JSON.parse(bitext(["check", "en.md", "--format", "json", "--glossary", join(ROOT, "glossaries/russia-ukraine.yaml")], dir).stdout) as Report;
    expect(got.results[0]!.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([
      [4, "glossary/term"], [10, "quotes/style"], [10, "quotes/style"], [12, "bitext/unused-suppression"],
    ]);
  });
});

describe("baseline", () => {
  it("accepts known problems and shows only new ones, even after lines move", () => {
    const dir = workdir();
    expect(bitext(["check", "--write-baseline"], dir).code).toBe(0);
    expect(bitext(["check", "--baseline", ".bitext-baseline.json"], dir)).toEqual({ code: 0, stdout: "✔ No problems in 16 files\n", stderr: "" });
    const file = join(dir, "articles/odesa-grain-port/en.md");
    const before = readFileSync(file, "utf8").replace("# Russian drones", "\n\n# Russian drones");
    writeFileSync(file, `${before}\nDrones hit Kiev twice.\n`);
    const added = before.split("\n").length + 1;
    const run = JSON.parse(bitext(["check", "--baseline", ".bitext-baseline.json", "--format", "json"], dir).stdout) as Report;
    // The new paragraph has no source (align/extra) and says Kiev: both are new problems.
    expect(run.results.flatMap((r) => r.diagnostics).map((d) => [d.line, d.ruleId, d.excerpt])).toEqual([
      [added, "align/extra", "Drones hit Kiev twice."], [added, "glossary/term", "Kiev"],
    ]);
  });
});

describe("shards", () => {
  it("put every article set in exactly one shard, and their merge equals an unsharded run", async () => {
    const dir = workdir();
    const whole = JSON.parse(bitext(["check", "--format", "json"], dir).stdout) as Report;
    const parts: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = join(dir, `shard-${i}.json`);
      bitext(["check", "--shard", `${i}/3`, "--format", "json", "--output", out], dir);
      parts.push(out);
    }
    const files = parts.flatMap((p) => (JSON.parse(readFileSync(p, "utf8")) as Report).results.map((r) => r.file));
    expect([...files].sort()).toEqual(whole.results.map((r) => r.file));
    expect(new Set(files).size).toBe(files.length);
    expect(await mergeReports(parts)).toEqual(whole);
    const merged = bitext(["merge-reports", ...parts, "--format", "github"], dir);
    expect(merged.code).toBe(1);
    expect(merged.stdout.trimEnd().split("\n")).toHaveLength(whole.results.flatMap((r) => r.diagnostics).length);
    // The rules' metadata travels in the JSON: SARIF of the merge describes them as a whole run's does.
    type Sarif = { runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } } }[] };
    const rulesOf = (args: string[]) => (JSON.parse(bitext(args, dir).stdout) as Sarif).runs[0]!.tool.driver.rules;
    const mergedRules = rulesOf(["merge-reports", ...parts, "--format", "sarif"]);
    expect(mergedRules.find((r) => r.id === "quotes/unbalanced")?.help.text).toContain("Flagged:");
    expect(mergedRules).toEqual(rulesOf(["check", "--format", "sarif"]));
  });

  it("assigns a set by its own path alone", () => {
    expect(shardOf("articles/odesa-grain-port", 4)).toBe(shardOf("articles/odesa-grain-port", 4));
    const counts = [1, 2, 3, 4].map((i) => Array.from({ length: 400 }, (_, n) => `articles/set-${n}`).filter((p) => shardOf(p, 4) === i).length);
    for (const count of counts) expect(count).toBeGreaterThan(60);
    expect(bitext(["check", "--shard", "4/3"], ROOT)).toEqual({ code: 2, stdout: "", stderr: "bitext: --shard needs I/N with 1 ≤ I ≤ N, not “4/3”\n" });
  });
});

describe("incremental runs", () => {
  const git = (dir: string, ...args: string[]) => {
    const run = spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=CI", ...args], { cwd: dir, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
  };

  it("check only the article sets touched since a git revision", () => {
    const dir = workdir();
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "articles");
    expect(JSON.parse(bitext(["check", "--changed-since", "HEAD", "--format", "json"], dir).stdout)).toMatchObject({ results: [] });
    writeFileSync(join(dir, "articles/kharkiv-underground-school/de.md"), `${readFileSync(join(dir, "articles/kharkiv-underground-school/de.md"), "utf8")}\nKiew.\n`);
    mkdirSync(join(dir, "articles/new-set"));
    writeFileSync(join(dir, "articles/new-set/en.md"), "Drones flew over Kyiv.\n");
    const got = JSON.parse(bitext(["check", "--changed-since", "HEAD", "--format", "json"], dir).stdout) as Report;
    expect([...new Set(got.results.map((r) => r.file.split("/")[1]))]).toEqual(["kharkiv-underground-school", "new-set"]);
    expect(bitext(["check", "--changed-since", "no-such-ref"], dir).stderr).toMatch(/^bitext: git could not list the changes since “no-such-ref”: /u);
  });

  it("reuse cached results until a file, the glossary or the settings change", () => {
    const dir = workdir();
    const cache = join(dir, ".bitext-cache");
    const run = () => JSON.parse(bitext(["check", "--cache", "--format", "json"], dir).stdout) as Report;
    const first = run();
    const entries = () => readdirSync(cache).length;
    expect(entries()).toBe(3);
    expect(run()).toEqual(first);
    expect(entries()).toBe(3); // all hits
    const file = join(dir, "articles/odesa-grain-port/en.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nDrones hit Kiev.\n`);
    const edited = run();
    expect(entries()).toBe(4); // one set checked again
    expect(edited.summary.errors).toBe(first.summary.errors + 1);
    const glossary = join(dir, "glossaries/russia-ukraine.yaml");
    writeFileSync(glossary, readFileSync(glossary, "utf8").replace("avoid: [Kiev]", "avoid: [Kiev, Kyiv-based]"));
    run();
    expect(entries()).toBe(7); // every set again: the glossary is part of the key
    expect(bitext(["check", "--cache", "--locale", "es", "--format", "json"], dir).stdout).toContain("es una forma que se debe evitar");
  });
});

describe("worker threads", () => {
  it("give the same report as one thread", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-threads-"));
    for (let n = 0; n < 40; n++) cpSync(join(ROOT, "articles/odesa-grain-port"), join(dir, "articles", `set-${String(n).padStart(2, "0")}`), { recursive: true });
    const glossary = join(ROOT, "glossaries/russia-ukraine.yaml");
    const one = bitext(["check", "--threads", "1", "--format", "json", "--glossary", glossary], dir);
    const two = bitext(["check", "--threads", "2", "--format", "json", "--glossary", glossary], dir);
    expect(two.code).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect((JSON.parse(two.stdout) as Report).summary.files).toBe(240);
    expect(bitext(["check", "--threads", "0"], dir).stderr).toBe("bitext: --threads needs a whole number of at least 1, not “0”\n");
  });

  it("are told how large the input is by its files' sizes, counted as far as asked", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-sizes-"));
    writeFileSync(join(dir, "a.txt"), "x".repeat(1000));
    writeFileSync(join(dir, "b.txt"), "y".repeat(500));
    mkdirSync(join(dir, "set"));
    writeFileSync(join(dir, "set", "es.txt"), "z".repeat(300));
    const inputs = [{ kind: "file", file: "a.txt" }, { kind: "file", file: "gone.txt" }, { kind: "set", dir: "set", files: ["set/es.txt", "b.txt"] }] as const;
    expect(inputBytes(inputs, dir, Infinity)).toBe(1800); // a file that is not there counts none
    expect(inputBytes(inputs, dir, 1200)).toBe(1300); // stops once past the limit
    expect(inputBytes(inputs, dir, 1000)).toBe(1000);
  });

  it("are used unasked where they pay off: sets with translations, or lone articles on more than two cores", () => {
    // On two cores lone articles stay in one thread; sets to align get both cores from 150 on.
    expect(workerCount(600, undefined, false, 2)).toBe(0);
    expect(workerCount(600, undefined, true, 2)).toBe(2);
    expect(workerCount(150, undefined, true, 2)).toBe(2);
    expect(workerCount(149, undefined, true, 2)).toBe(0);
    expect(workerCount(40, undefined, true, 2)).toBe(0);
    expect(workerCount(40, undefined, true, 4)).toBe(2);
    expect(workerCount(600, undefined, false, 4)).toBe(4);
    // An archive of lone articles (32 MB or more) gets both cores too.
    expect(workerCount(9600, undefined, false, 2, () => true)).toBe(2);
    expect(workerCount(9600, 1, false, 2, () => true)).toBe(0);
    // The files' sizes are asked for only where they decide: not for a few files, sets to align or threads asked.
    const never = () => expect.unreachable("the input's size was asked for");
    expect([workerCount(31, undefined, false, 2, never), workerCount(600, undefined, true, 2, never), workerCount(600, 2, false, 2, never)]).toEqual([0, 2, 2]);
    // Asked for, they are used as asked, within a worker per 16 sets.
    expect(workerCount(600, 2, false, 2)).toBe(2);
    expect(workerCount(40, 8, true, 8)).toBe(2);
    expect(workerCount(20, 4, true, 4)).toBe(0);
    expect(workerCount(600, 1, true, 8)).toBe(0);
  });
});
