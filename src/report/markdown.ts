import type { Diagnostic, Report, ReporterOptions } from "../types.js";

// Markdown that renders literally inside a table cell or inline code.
const cell = (s: string) => s.replace(/[\\|*_[\]<>#`]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ");
const code = (s: string) => {
  // GFM ends a table cell at "|", even inside code.
  const text = s.replace(/[\r\n]+/g, " ").slice(0, 120).replace(/\|/g, "\\|");
  const fence = text.includes("`") ? "`` " : "`";
  return `${fence}${text}${fence === "`" ? "`" : " ``"}`;
};
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** A summary for a pull-request comment: totals, counts per rule, the worst problems first. */
export function markdown(report: Report, { t }: ReporterOptions): string {
  const s = report.summary;
  const out: string[] = ["## bitext", ""];
  const total = s.errors + s.warnings + s.infos;
  const files = t("report.files", { count: s.files });
  out.push(total === 0 ? `✔ ${t("report.clean", { files })}` : `✖ ${t("report.summary", {
    problems: t("report.problems", { count: total }), errors: t("report.errors", { count: s.errors }),
    warnings: t("report.warnings", { count: s.warnings }), infos: t("report.infos", { count: s.infos }), files,
  })}`);
  if (report.problems.length > 0) {
    out.push("", `✖ ${t("report.unusable", { count: report.problems.length })}`, "");
    for (const p of report.problems) out.push(`- \`${cell(p.file)}\`: ${cell(p.message)}`);
  }
  if (total > 0) {
    // One pass over the diagnostics, a file's at a time: counts per rule, and the worst few.
    const counts = new Map<string, Record<Diagnostic["severity"], number>>();
    const worst = new Worst(WORST);
    let seen = 0;
    for (const result of report.results) {
      for (const d of result.diagnostics) {
        const count = counts.get(d.ruleId) ?? counts.set(d.ruleId, { error: 0, warning: 0, info: 0 }).get(d.ruleId)!;
        count[d.severity]++;
        worst.add(d);
        seen++;
      }
    }
    out.push("", `| ${t("report.column.rule")} | ${t("report.severity.error")} | ${t("report.severity.warning")} | ${t("report.severity.info")} |`, "| --- | ---: | ---: | ---: |");
    for (const rule of [...counts.keys()].sort()) {
      const count = counts.get(rule)!;
      out.push(`| \`${rule}\` | ${count.error} | ${count.warning} | ${count.info} |`);
    }
    out.push("", `| | ${t("report.column.where")} | ${t("report.column.rule")} | ${t("report.column.problem")} | ${t("report.column.text")} |`, "| --- | --- | --- | --- | --- |");
    for (const d of worst.items) {
      out.push(`| ${d.severity === "error" ? "✖" : d.severity === "warning" ? "⚠" : "ℹ"} | \`${cell(d.file)}:${d.line}:${d.column}\` | \`${d.ruleId}\` | ${cell(d.message)} | ${d.excerpt ? code(d.excerpt) : ""} |`);
    }
    if (seen > WORST) out.push("", t("report.more", { count: seen - WORST }));
  }
  return `${out.join("\n")}\n`;
}

// The problems listed by name.
const WORST = 20;
const worse = (a: Diagnostic, b: Diagnostic) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line;

/** The first `size` diagnostics by severity, file and line, ties in the order they came. */
class Worst {
  readonly items: Diagnostic[] = [];
  constructor(private readonly size: number) {}

  add(d: Diagnostic): void {
    const items = this.items;
    if (items.length === this.size && worse(d, items[items.length - 1]!) >= 0) return;
    // After every one that is as bad or worse: a stable insertion.
    let at = items.length;
    while (at > 0 && worse(d, items[at - 1]!) < 0) at--;
    items.splice(at, 0, d);
    if (items.length > this.size) items.pop();
  }
}
