import type { Report, ReporterOptions } from "../types.js";

// JSON.stringify escapes control characters and lone surrogates, so any text stays valid JSON.
export function json(report: Report, _options: ReporterOptions): string {
  const { views: _views, digests: _digests, ...rest } = report; // run-time helpers, not part of version 1
  return `${JSON.stringify(rest, null, 2)}\n`;
}
