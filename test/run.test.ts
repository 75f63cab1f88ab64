// The check engine: how many problems a file lists, and which comments turn rules off.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sourceFromText } from "../src/article/decode.js";
import { parseArticle } from "../src/article/read.js";
import { checks } from "../src/checks/index.js";
import { checkArticle, TOO_MANY_PROBLEMS } from "../src/checks/run.js";
import { UNUSED_SUPPRESSION } from "../src/checks/suppress.js";
import { createTranslator } from "../src/i18n/index.js";
import type { Diagnostic, Directive } from "../src/types.js";
import { bundledGlossary } from "./run-check.js";

const t = createTranslator("en");
const check = (text: string, maxProblems?: number, file = "a.md") => {
  const article = parseArticle(file, sourceFromText(text), { lang: "en" });
  return checkArticle(article, checks, { glossary: bundledGlossary, t, ...(maxProblems === undefined ? {} : { maxProblems }) });
};
const brief = (d: Diagnostic) => [d.ruleId, d.line, d.column, d.excerpt];

describe("the problems a file lists", () => {
  // Per line: two glossary/term errors and one text/repeated-word warning.
  const lines = (n: number) => Array.from({ length: n }, () => "Kiev said the the Kiev.").join("\n\n");

  it("are the first of them in file order, then one line that counts the rest", () => {
    const all = check(lines(400), 0);
    expect(all).toHaveLength(1200);
    const listed = check(lines(400), 100);
    expect(listed).toHaveLength(101);
    expect(listed.slice(0, 100)).toEqual(all.slice(0, 100));
    expect(listed[100]).toEqual({
      ruleId: TOO_MANY_PROBLEMS, severity: "error",
      message: "1,100 more problems from here on are not listed (at most 100 per file): fix these and run again, or raise --max-problems",
      file: "a.md", line: all[100]!.line, column: all[100]!.column, endLine: all[100]!.endLine, endColumn: all[100]!.endColumn,
      excerpt: all[100]!.excerpt,
    });
  });

  it("lists 1,000 by default and all of them with 0", () => {
    expect(check(lines(400))).toHaveLength(1001);
    expect(check(lines(400)).at(-1)!.message).toMatch(/^200 more problems/u);
    expect(check(lines(400), 0).some((d) => d.ruleId === TOO_MANY_PROBLEMS)).toBe(false);
    expect(check(lines(3), 9).some((d) => d.ruleId === TOO_MANY_PROBLEMS)).toBe(false);
  });

  it("takes the worst severity of those left out, so the exit code never depends on the limit", () => {
    // Warnings first (repeated words), errors only at the end.
    const text = `${Array.from({ length: 50 }, () => "He said the the words.").join("\n\n")}\n\nKiev.\n`;
    const listed = check(text, 10);
    expect(listed.slice(0, 10).every((d) => d.severity === "warning")).toBe(true);
    expect(listed[10]).toMatchObject({ ruleId: TOO_MANY_PROBLEMS, severity: "error", line: 21 });
  });

  it("never counts a suppressed problem", () => {
    const text = `<!-- bitext-disable glossary/term -->\n\n${lines(100)}\n`;
    const listed = check(text, 100);
    expect(listed).toHaveLength(100);
    expect(listed.every((d) => d.ruleId === "text/repeated-word")).toBe(true);
  });
});

// What suppressions did before they were indexed: every comment tried for every problem.
function reference(directives: readonly Directive[], lineTexts: readonly string[], ruleId: string, line: number): Directive | undefined {
  const nextLine = (after: number) => {
    let l = after + 1;
    while (l <= lineTexts.length && lineTexts[l - 1]!.trim() === "") l++;
    return l;
  };
  for (const directive of directives) {
    if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
    if (directive.kind === "disable-next-line" && line === nextLine(directive.endLine)) return directive;
    if (directive.kind === "disable" && line > directive.endLine) {
      const enable = directives.find((e) => e.kind === "enable" && e.line > directive.endLine
        && (e.rules.length === 0 || directive.rules.every((r) => e.rules.includes(r))));
      if (!enable || line < enable.line) return directive;
    }
  }
  return undefined;
}

describe("suppression comments", () => {
  const RULES = ["glossary/term", "text/repeated-word", "quotes/style"];
  const piece = fc.oneof(
    fc.constantFrom("Kiev said the the \"Kiev\".", "Fine words.", "", "Kiev."),
    fc.record({
      kind: fc.constantFrom("disable-next-line", "disable", "enable"),
      rules: fc.subarray(RULES, { maxLength: 2 }),
    }).map(({ kind, rules }) => `<!-- bitext-${kind}${rules.length ? ` ${rules.join(", ")}` : ""} -->`),
  );

  it("turn off exactly what trying every comment on every problem turned off", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = `${pieces.join("\n\n")}\n`;
      const article = parseArticle("a.md", sourceFromText(text), { lang: "en" });
      const unsuppressed = checkArticle({ ...article, directives: [] }, checks, { glossary: bundledGlossary, t, maxProblems: 0 });
      const kept = checkArticle(article, checks, { glossary: bundledGlossary, t, maxProblems: 0 });
      const directives = article.directives ?? [];
      const lineTexts = text.split("\n");
      const expected = unsuppressed.filter((d) => !reference(directives, lineTexts, d.ruleId, d.line));
      const used = new Set(unsuppressed.map((d) => reference(directives, lineTexts, d.ruleId, d.line)));
      const unused = directives.filter((d) => d.kind !== "enable" && !used.has(d)).map((d) => d.line);
      expect(kept.filter((d) => d.ruleId !== UNUSED_SUPPRESSION)).toEqual(expected);
      expect(kept.filter((d) => d.ruleId === UNUSED_SUPPRESSION).map((d) => d.line)).toEqual(unused);
    }), { numRuns: 200, seed: 11 });
  });

  it("cost time in proportion to the file, however many comments and problems it has", () => {
    const time = (n: number) => {
      // Comments that turn a rule off and at once on again, between lines with that rule's problems.
      const cycle = ["<!-- bitext-disable text/repeated-word -->", "<!-- bitext-enable text/repeated-word -->", "Kiev said the the Kiev."];
      const text = Array.from({ length: n }, (_, i) => cycle[i % 3]).join("\n\n");
      const started = performance.now();
      const found = check(`${text}\n`, 0);
      return { time: performance.now() - started, found: found.length };
    };
    time(1_500); // warm up
    const small = time(3_000);
    const large = time(12_000);
    expect([small.found, large.found]).toEqual([4 * 1_000, 4 * 4_000]);
    // 4× the file; trying every comment on every problem was 16×.
    expect(large.time / Math.max(small.time, 1)).toBeLessThan(8);
  }, 60_000);
});
