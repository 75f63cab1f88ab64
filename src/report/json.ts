import type { Report, ReporterOptions } from "../types.js";

// JSON.stringify escapes control characters and lone surrogates, so any text stays valid JSON.
export function json(report: Report, _options: ReporterOptions): string {
  const { views: _views, ...rest } = report; // the HTML view's text is not part of version 1
  return `${JSON.stringify(rest, null, 2)}\n`;
}
