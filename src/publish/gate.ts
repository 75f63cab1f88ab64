// The gate: which pages of an article set are published and which are held back, and why. A
// translation with errors is held back, its set's other languages published; a source with
// errors holds back its whole set; a stale translation waits for --allow-stale. Pure.
import type { Diagnostic, HeldReason } from "../types.js";

export type GateFile = Readonly<{ file: string; lang: string; diagnostics: readonly Diagnostic[] }>;
export type GateSet = Readonly<{ name: string; source: GateFile; translations: readonly GateFile[] }>;
export type GateOptions = Readonly<{ allOrNothing?: boolean; allowStale?: boolean; allowErrors?: boolean }>;

export type Decision = Readonly<{
  file: string;
  publish: boolean;
  /** Published although the source changed since it was translated: it carries a banner. */
  stale: boolean;
  /** Published with errors, because --allow-errors said so. */
  forced: boolean;
  why?: "errors" | "stale" | "source" | "set";
  reasons: readonly HeldReason[];
}>;

// The errors that held a page back: the first few are enough to act on.
const SHOWN = 3;
const STALE = "align/stale";

const reasonsOf = (diagnostics: readonly Diagnostic[]): HeldReason[] => diagnostics.slice(0, SHOWN)
  .map((d) => ({ file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, message: d.message }));
const errorsOf = (f: GateFile) => f.diagnostics.filter((d) => d.severity === "error");
const staleOf = (f: GateFile) => f.diagnostics.filter((d) => d.ruleId === STALE);

/** Decides every file of a set: the source first, then its translations in the order given. */
export function gate(set: GateSet, options: GateOptions = {}): Decision[] {
  const sourceErrors = errorsOf(set.source);
  if (sourceErrors.length > 0 && !options.allowErrors) {
    const reasons = reasonsOf(sourceErrors);
    return [set.source, ...set.translations].map((f) => ({ file: f.file, publish: false, stale: false, forced: false, why: "source", reasons }));
  }
  const decisions: Decision[] = [{ file: set.source.file, publish: true, stale: false, forced: sourceErrors.length > 0, reasons: [] }];
  for (const translation of set.translations) {
    const errors = errorsOf(translation);
    const stale = staleOf(translation);
    if (errors.length > 0 && !options.allowErrors) {
      decisions.push({ file: translation.file, publish: false, stale: false, forced: false, why: "errors", reasons: reasonsOf(errors) });
    } else if (stale.length > 0 && !options.allowStale) {
      decisions.push({ file: translation.file, publish: false, stale: false, forced: false, why: "stale", reasons: reasonsOf(stale) });
    } else {
      decisions.push({ file: translation.file, publish: true, stale: stale.length > 0, forced: errors.length > 0, reasons: [] });
    }
  }
  if (options.allOrNothing && decisions.some((d) => !d.publish)) {
    const held = decisions.filter((d) => !d.publish).flatMap((d) => d.reasons);
    return decisions.map((d) => (d.publish ? { ...d, publish: false, stale: false, forced: false, why: "set" as const, reasons: held.slice(0, SHOWN) } : d));
  }
  return decisions;
}
