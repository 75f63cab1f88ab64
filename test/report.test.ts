import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checks, ruleCatalog } from "../src/checks/index.js";
import { createTranslator } from "../src/i18n/index.js";
import { reporters as library } from "../src/report/index.js";
import { reporters } from "./report-text.js";
import { loadReporter, REPORT_FORMATS } from "../src/report/load.js";
import type { Diagnostic, Report } from "../src/types.js";

const report: Report = {
  version: 1,
  summary: { files: 2, errors: 1, warnings: 1, infos: 0 },
  results: [
    { file: "articles/x/en.md", lang: "en", source: "articles/x/es.md", diagnostics: [
      { ruleId: "glossary/term", severity: "error", message: "“Kiev” is a form to avoid: write “Kyiv”", file: "articles/x/en.md",
        line: 3, column: 18, endLine: 3, endColumn: 22, excerpt: "Kiev", suggestion: "Kyiv", fix: { range: [40, 44], text: "Kyiv" } },
      { ruleId: "text/whitespace", severity: "warning", message: "Several spaces in a row: keep one", file: "articles/x/en.md",
        line: 12, column: 5, endLine: 12, endColumn: 7, excerpt: "  ", suggestion: " " },
    ] },
    { file: "articles/x/es.md", lang: "es", diagnostics: [] },
  ],
  problems: [],
  rules: ruleCatalog(checks),
};

describe("stylish", () => {
  const t = createTranslator("en");

  it("groups by file, aligns columns and ends with a summary", () => {
    expect(reporters.stylish!(report, { color: false, t })).toBe([
      "articles/x/en.md",
      "  3:18  error    “Kiev” is a form to avoid: write “Kyiv”  glossary/term",
      "  12:5  warning  Several spaces in a row: keep one        text/whitespace",
      "",
      "✖ 2 problems (1 error, 1 warning, 0 infos) in 2 files",
      "",
    ].join("\n"));
  });

  it("colours severities on a terminal", () => {
    const out = reporters.stylish!(report, { color: true, t });
    expect(out).toContain("\u001b[31merror");
    expect(out).toContain("\u001b[33mwarning");
  });

  it("shows control characters in file names and messages as code points", () => {
    const hostile: Report = { ...report, results: [{ ...report.results[0]!, file: "a\u001b[2Jb.md" }] };
    expect(reporters.stylish!(hostile, { color: false, t }).split("\n")[0]).toBe("a<U+001B>[2Jb.md");
  });
});

describe("json", () => {
  it("is the report itself, version 1, and stays valid whatever the text holds", () => {
    const odd: Report = { ...report, results: [{ ...report.results[0]!, file: "\u0000\ud800\"" }] };
    expect(JSON.parse(reporters.json!(report, { color: false, t: createTranslator("en") }))).toEqual(report);
    expect((JSON.parse(reporters.json!(odd, { color: false, t: createTranslator("en") })) as Report).results[0]!.file).toBe("\u0000\ud800\"");
  });
});

describe("report formats loaded by name", () => {
  it("are the library's, each the same reporter, and nothing else", async () => {
    expect(REPORT_FORMATS).toEqual(Object.keys(library));
    for (const format of REPORT_FORMATS) expect(await loadReporter(format)).toBe(library[format]);
    expect(await loadReporter("toString")).toBeUndefined();
  });
});

describe("rule metadata", () => {
  const t = createTranslator("en");
  const own: Report = { ...report, rules: [
    { id: "glossary/term", severity: "error", summary: "House terms.", bad: "Kiev", good: "Kyiv" },
    { id: "house/headline", severity: "info", summary: "Headlines in sentence case." },
    { id: "bitext/unused-suppression", severity: "warning", summary: "An unused disable.", engine: true },
  ] };

  it("comes to SARIF from the report alone: its rules, the engine's where they fired, and any rule a diagnostic names", () => {
    const log = JSON.parse(reporters.sarif!(own, { color: false, t })) as { runs: { tool: { driver: { rules: { id: string; help: { text: string }; defaultConfiguration: { level: string } }[] } } }[] };
    expect(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.help.text, r.defaultConfiguration.level])).toEqual([
      ["glossary/term", "House terms.\nFlagged: Kiev\nNot flagged: Kyiv", "error"],
      ["house/headline", "Headlines in sentence case.", "note"],
      ["text/whitespace", "text/whitespace", "warning"],
    ]);
  });

  it("comes to JUnit from the report alone: a case per rule it names, and per rule a diagnostic names", () => {
    const xml = reporters.junit!(own, { color: false, t });
    expect([...xml.matchAll(/<testcase classname="articles\/x\/en\.md" name="([^"]+)"/gu)].map((m) => m[1])).toEqual(["glossary/term", "house/headline", "text/whitespace"]);
    expect(xml).toContain('<testsuites name="bitext" tests="4" failures="2" errors="0">');
  });
});

describe("reports of hostile text", () => {
  const t = createTranslator("en");
  const hostile: Report = {
    version: 1,
    summary: { files: 1, errors: 1, warnings: 0, infos: 0 },
    results: [{ file: "<img src=x onerror=alert(1)>\u0007.md", lang: "en", diagnostics: [{
      ruleId: "stray/markup", severity: "error", message: "HTML tag <script>alert(1)</script> \u0000\ud800 in the text: remove it",
      file: "<img src=x onerror=alert(1)>\u0007.md", line: 1, column: 1, endLine: 1, endColumn: 9, excerpt: "<script>\u001b[2J\udc00", suggestion: "javascript:alert(1)",
    }] }],
    problems: [{ file: "\"><svg onload=alert(1)>", message: "is a binary file, not text" }],
    rules: [],
  };

  it("keep SARIF valid JSON and the text intact", () => {
    const log = JSON.parse(reporters.sarif!(hostile, { color: false, t })) as { runs: { results: { message: { text: string }; locations: { physicalLocation: { region: { snippet: { text: string } } } }[] }[] }[] };
    expect(log.runs[0]!.results[0]!.message.text).toBe(hostile.results[0]!.diagnostics[0]!.message);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.snippet.text).toBe("<script>\u001b[2J\udc00");
  });

  it("escape file names, messages, excerpts and suggestions in HTML", () => {
    const page = reporters.html!({ ...hostile, views: [{ name: "<b>set</b>", pairs: [], files: [{ file: hostile.results[0]!.file, lang: "en", blocks: [
      { index: 0, kind: "paragraph", line: 1, text: "<script>alert(1)</script> <a href=\"javascript:alert(1)\">x</a>", marks: [{ start: 0, end: 8, diagnostic: 0 }] },
    ] }] }] }, { color: false, t });
    const body = page.slice(page.indexOf("<main>"), page.indexOf("</main>"));
    expect(body).not.toMatch(/<script|<img|<svg|<a |<b>|javascript:alert\(1\)"/u);
    expect(body).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(body).toContain("&#60;img src=x onerror=alert(1)&#62;");
    expect(page.match(/<script>/gu)).toHaveLength(1); // the page's own
  });

  it("keep JUnit well-formed whatever the text holds", () => {
    const xml = reporters.junit!(hostile, { color: false, t });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u);
    expect(xml).not.toContain("<script>");
  });
});

describe("markdown", () => {
  const t = createTranslator("en");
  // The reporter as it was, sorting every diagnostic: the oracle for the one pass it makes now.
  const RANK = { error: 0, warning: 1, info: 2 } as const;
  const before = (report: Report) => {
    const all = report.results.flatMap((r) => r.diagnostics);
    const rules = [...new Set(all.map((d) => d.ruleId))].sort();
    const counts = rules.map((rule) => [rule, ...(["error", "warning", "info"] as const).map((s) => all.filter((d) => d.ruleId === rule && d.severity === s).length)]);
    const worst = [...all].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line).slice(0, 20);
    return { counts, worst: worst.map((d) => `${d.file}:${d.line}:${d.column}`), more: all.length - worst.length };
  };

  it("counts per rule and lists the 20 worst, ties in file order, as sorting them all did", () => {
    const diagnostic = fc.record({
      ruleId: fc.constantFrom("glossary/term", "text/whitespace", "quotes/unbalanced"), severity: fc.constantFrom("error", "warning", "info"),
      file: fc.constantFrom("a.md", "b.md", "B.md", "é.md"), line: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 1, max: 99 }),
    });
    fc.assert(fc.property(fc.array(diagnostic, { maxLength: 60 }), (found) => {
      const diagnostics = found.map((d): Diagnostic => ({ ...d, message: "m", endLine: d.line, endColumn: d.column + 1, excerpt: "x" }));
      const summary = { files: 1, errors: 0, warnings: 0, infos: 0 };
      for (const d of diagnostics) summary[d.severity === "info" ? "infos" : `${d.severity}s`]++;
      const report: Report = { version: 1, summary, results: [{ file: "a.md", lang: "en", diagnostics }], problems: [], rules: [] };
      const text = reporters.markdown!(report, { color: false, t });
      const expected = before(report);
      for (const [rule, e, w, i] of expected.counts) expect(text).toContain(`| \`${rule}\` | ${e} | ${w} | ${i} |`);
      const listed = [...text.matchAll(/\| `([^`]+)` \| `[^`]+` \|/gu)].map((m) => m[1]);
      expect(listed).toEqual(expected.worst);
      if (expected.more > 0) expect(text).toContain(`${expected.more} more`);
    }), { numRuns: 500, seed: 9 });
  });
});
