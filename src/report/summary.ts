import type { FileResult, Summary } from "../types.js";

/** The counts of a report: files, and diagnostics by severity. */
export function summarise(results: readonly FileResult[]): Summary {
  const summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === "error") summary.errors++;
      else if (d.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
