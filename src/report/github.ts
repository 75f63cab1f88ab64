import type { Report, ReporterOptions } from "../types.js";

// A workflow command ends at a newline; a message must not carry a raw one, and a property
// (file, title) must not carry the separators "," or ":".
const escape = (s: string) => s.replace(/[%\r\n]/g, encodeURIComponent);
const property = (s: string) => escape(s).replace(/[:,]/g, encodeURIComponent);

/** GitHub Actions workflow commands: one annotation per diagnostic. */
export function* github(report: Report, _options: ReporterOptions): Generator<string> {
  for (const result of report.results) {
    yield result.diagnostics.map((d) =>
      `::${d.severity === "info" ? "notice" : d.severity} file=${property(d.file)},line=${d.line},`
      + `col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${property(d.ruleId)}`
      + `::${escape(d.message)}\n`).join("");
  }
}
