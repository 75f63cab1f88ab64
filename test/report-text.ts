// The reporters as tests read them: each report as one string (the CLI writes it in pieces).
import { reporters as inPieces } from "../src/report/index.js";
import { joined } from "../src/report/json-stream.js";
import type { Report, ReporterOptions } from "../src/types.js";

export const reporters: Readonly<Record<string, (report: Report, options: ReporterOptions) => string>> = Object.fromEntries(
  Object.entries(inPieces).map(([format, reporter]) => [format, (report: Report, options: ReporterOptions) => joined(reporter(report, options))]));
