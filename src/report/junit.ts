import type { FileResult, Report, ReporterOptions } from "../types.js";

// XML 1.0 allows no control characters but tab, LF and CR, and no lone surrogates.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const xml = (s: string) => s.replace(INVALID, "\uFFFD").replace(/[<>&"']/g, (c) => `&${({ "<": "lt", ">": "gt", "&": "amp", "\"": "quot", "'": "apos" } as Record<string, string>)[c]};`);

/** JUnit XML: a suite per file, a test case per rule, failing with the rule's diagnostics. Written a file at a time. */
export function* junit(report: Report, { t }: ReporterOptions): Generator<string> {
  const checks = report.rules.filter((r) => !r.engine);
  const suite = (result: FileResult) => {
    const diagnostics = result.diagnostics;
    const rules = [...new Set([...checks.map((c) => c.id), ...diagnostics.map((d) => d.ruleId)])];
    const cases = rules.map((rule) => {
      const found = diagnostics.filter((d) => d.ruleId === rule);
      const name = `<testcase classname="${xml(result.file)}" name="${xml(rule)}"`;
      if (found.length === 0) return `    ${name}/>`;
      const body = found.map((d) => `${result.file}:${d.line}:${d.column} ${t(`report.severity.${d.severity}`)} ${d.message}`).join("\n");
      const type = found.some((d) => d.severity === "error") ? "error" : found[0]!.severity;
      return `    ${name}>\n      <failure type="${type}" message="${xml(t("report.problems", { count: found.length }))}">${xml(body)}</failure>\n    </testcase>`;
    });
    const failures = rules.filter((rule) => diagnostics.some((d) => d.ruleId === rule)).length;
    return `  <testsuite name="${xml(result.file)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`;
  };
  const problems = report.problems.map((p) =>
    `  <testsuite name="${xml(p.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${xml(p.file)}" name="input">\n      <error type="input" message="${xml(p.message)}"/>\n    </testcase>\n  </testsuite>`);
  const tests = report.results.length * checks.length + report.problems.length;
  let failures = 0;
  for (const r of report.results) failures += new Set(r.diagnostics.map((d) => d.ruleId)).size;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bitext" tests="${tests}" failures="${failures}" errors="${report.problems.length}">\n`;
  let first = true;
  const piece = (text: string) => {
    const out = first ? text : `\n${text}`;
    first = false;
    return out;
  };
  for (const result of report.results) yield piece(suite(result));
  for (const problem of problems) yield piece(problem);
  yield "\n</testsuites>\n";
}
