import type { Report, ReporterOptions } from "../types.js";

// JSON.stringify escapes control characters and lone surrogates, so any text stays valid JSON.
export function json(report: Report, _options: ReporterOptions): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
