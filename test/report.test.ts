import { describe, expect, it } from "vitest";
import { createTranslator } from "../src/i18n/index.js";
import { reporters } from "../src/report/index.js";
import type { Report } from "../src/types.js";

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
