import { readFile } from "node:fs/promises";
import { InputError, ioKey, writeKey } from "../errors.js";
import type { Diagnostic, Report } from "../types.js";
import { summarise } from "../report/summary.js";
import { writeFileAtomic } from "./atomic-write.js";

/**
 * Known problems a newsroom accepts for now: each is its file, rule and flagged text (not its
 * line, so that editing above it does not bring it back), with how many times it occurs.
 */
export type Baseline = Readonly<{ version: 1; entries: readonly Readonly<{ file: string; ruleId: string; excerpt: string; count: number }>[] }>;

export const DEFAULT_BASELINE = ".bitext-baseline.json";
const key = (d: Pick<Diagnostic, "file" | "ruleId" | "excerpt">) => JSON.stringify([d.file, d.ruleId, d.excerpt]);

export function baselineOf(report: Report): Baseline {
  const counts = new Map<string, number>();
  for (const d of report.results.flatMap((r) => r.diagnostics)) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  const entries = [...counts].map(([k, count]) => {
    const [file, ruleId, excerpt] = JSON.parse(k) as [string, string, string];
    return { file, ruleId, excerpt, count };
  }).sort((a, b) => key(a).localeCompare(key(b)));
  return { version: 1, entries };
}

export async function writeBaseline(file: string, report: Report): Promise<number> {
  const baseline = baselineOf(report);
  try {
    await writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new InputError(file, writeKey(error));
  }
  return baseline.entries.reduce((n, e) => n + e.count, 0);
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
  try {
    const parsed = JSON.parse(text) as Baseline;
    if (parsed.version === 1 && Array.isArray(parsed.entries)) return parsed;
  } catch {
    // reported below
  }
  throw new InputError(file, "input.notBaseline");
}

/** The report without the problems the baseline accepts, counts recomputed. */
export function applyBaseline(report: Report, baseline: Baseline): Report {
  const left = new Map(baseline.entries.map((e) => [key(e), e.count]));
  const results = report.results.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.filter((d) => {
      const n = left.get(key(d)) ?? 0;
      if (n === 0) return true;
      left.set(key(d), n - 1);
      return false;
    }),
  }));
  return { ...report, results, summary: summarise(results) };
}
