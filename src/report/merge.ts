import { readFile } from "node:fs/promises";
import { InputError, ioKey } from "../errors.js";
import type { FileResult, InputProblem, Report, RuleInfo } from "../types.js";
import { summarise } from "./summary.js";

function isReport(value: unknown): value is Report {
  const r = value as Report;
  return typeof r === "object" && r !== null && r.version === 1 && Array.isArray(r.results) && typeof r.summary === "object"
    && (r.rules === undefined || (Array.isArray(r.rules) && r.rules.every((rule) => typeof rule?.id === "string" && typeof rule.summary === "string")));
}

/** Reads JSON reports (from shards of one archive) and joins them into one, files in order. */
export async function mergeReports(files: readonly string[]): Promise<Report> {
  const results = new Map<string, FileResult>();
  const problems: InputProblem[] = [];
  const rules = new Map<string, RuleInfo>();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new InputError(file, ioKey(error));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InputError(file, "input.notReport");
    }
    if (!isReport(parsed)) throw new InputError(file, "input.notReport");
    for (const result of parsed.results) results.set(result.file, result);
    problems.push(...(parsed.problems ?? []));
    // Shards checked with the same rules describe them alike; a report from before rules were
    // written into it describes none, and its rules are named by their diagnostics alone.
    for (const rule of parsed.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  }
  const merged = [...results.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    version: 1,
    summary: summarise(merged),
    results: merged,
    problems,
    rules: [...rules.values()],
  };
}
