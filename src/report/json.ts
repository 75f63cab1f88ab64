import type { Report, ReporterOptions } from "../types.js";
import { jsonWithArray } from "./json-stream.js";

// JSON.stringify escapes control characters and lone surrogates, so any text stays valid JSON.
// The results are written a file at a time: an archive's report is never one string.
export function* json(report: Report, _options: ReporterOptions): Generator<string> {
  const { views: _views, digests: _digests, ...rest } = report; // run-time helpers, not part of version 1
  yield* jsonWithArray((hole) => ({ ...rest, results: hole }), report.results);
  yield "\n";
}
