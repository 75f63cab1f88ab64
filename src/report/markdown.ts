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
  const all = report.results.flatMap((r) => r.diagnostics);
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
    const rules = [...new Set(all.map((d) => d.ruleId))].sort();
    out.push("", `| ${t("report.column.rule")} | ${t("report.severity.error")} | ${t("report.severity.warning")} | ${t("report.severity.info")} |`, "| --- | ---: | ---: | ---: |");
    for (const rule of rules) {
      const count = (severity: Diagnostic["severity"]) => all.filter((d) => d.ruleId === rule && d.severity === severity).length;
      out.push(`| \`${rule}\` | ${count("error")} | ${count("warning")} | ${count("info")} |`);
    }
    const worst = [...all].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line).slice(0, 20);
    out.push("", `| | ${t("report.column.where")} | ${t("report.column.rule")} | ${t("report.column.problem")} | ${t("report.column.text")} |`, "| --- | --- | --- | --- | --- |");
    for (const d of worst) {
      out.push(`| ${d.severity === "error" ? "✖" : d.severity === "warning" ? "⚠" : "ℹ"} | \`${cell(d.file)}:${d.line}:${d.column}\` | \`${d.ruleId}\` | ${cell(d.message)} | ${d.excerpt ? code(d.excerpt) : ""} |`);
    }
    if (all.length > worst.length) out.push("", t("report.more", { count: all.length - worst.length }));
  }
  return `${out.join("\n")}\n`;
}
