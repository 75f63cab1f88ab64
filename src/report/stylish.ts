import type { Diagnostic, Report, ReporterOptions, Severity } from "../types.js";

// SGR codes, on and off. The reporter decides on colour itself (--color, a TTY, NO_COLOR), so
// it does not use util.styleText, which newer Node versions also gate on the stream.
const STYLES = {
  bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
} as const;
type Style = keyof typeof STYLES;
const styleText = (style: Style, text: string) => `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m`;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: "red", warning: "yellow", info: "blue" };

// A terminal shows a control character as a command: print its code point instead.
const printable = (text: string) => text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu,
  (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);

/**
 * The report for people: grouped by file, one line per problem, a summary at the end. Inputs
 * that could not be used are counted here; the CLI names each on standard error.
 */
export function* stylish(report: Report, { color, t }: ReporterOptions): Generator<string> {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  for (const result of report.results) {
    const diagnostics = result.diagnostics;
    if (diagnostics.length === 0) continue;
    const out = [paint("underline", printable(result.file))];
    const rows = diagnostics.map((d) => row(d, t));
    const width = [0, 1, 2].map((i) => rows.reduce((most, r) => Math.max(most, r[i]!.length), 0));
    for (const [i, d] of diagnostics.entries()) {
      const [where, severity, message, rule] = rows[i]!;
      out.push(`  ${paint("dim", where!.padEnd(width[0]!))}  ${paint(SEVERITY_STYLE[d.severity], severity!.padEnd(width[1]!))}  ${message!.padEnd(width[2]!)}  ${paint("dim", rule!)}`);
    }
    yield `${out.join("\n")}\n\n`;
  }
  const out: string[] = [];
  const s = report.summary;
  const files = t("report.files", { count: s.files });
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) out.push(paint("green", `✔ ${t("report.clean", { files })}`));
  else {
    const line = t("report.summary", {
      problems: t("report.problems", { count: total }),
      errors: t("report.errors", { count: s.errors }),
      warnings: t("report.warnings", { count: s.warnings }),
      infos: t("report.infos", { count: s.infos }),
      files,
    });
    out.push(paint(s.errors > 0 ? "red" : "yellow", paint("bold", `✖ ${line}`)));
  }
  if (report.problems.length > 0) out.push(paint("red", `✖ ${t("report.unusable", { count: report.problems.length })}`));
  yield `${out.join("\n")}\n`;
}

function row(d: Diagnostic, t: ReporterOptions["t"]): string[] {
  return [`${d.line}:${d.column}`, t(`report.severity.${d.severity}`), printable(d.message), d.ruleId];
}
