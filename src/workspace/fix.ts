import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { createTwoFilesPatch } from "diff";
import { InputError, ioKey, writeKey } from "../errors.js";
import type { Diagnostic, Report } from "../types.js";
import { writeFileAtomic } from "./atomic-write.js";
import { digest } from "./digest.js";

export type FileFix = Readonly<{ file: string; before: Uint8Array; after: Uint8Array; applied: number }>;

/** A file's bytes with the safe fixes applied, earliest first; a fix overlapping another waits. */
export function applyFixes(bytes: Uint8Array, diagnostics: readonly Diagnostic[]): { bytes: Uint8Array; applied: number } {
  const fixes = diagnostics.filter((d) => d.fix).map((d) => d.fix!).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: Uint8Array[] = [];
  let at = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [from, to] = fix.range;
    if (from < at || to > bytes.length) continue; // overlaps one already applied: the next run takes it
    parts.push(bytes.subarray(at, from), Buffer.from(fix.text, "utf8"));
    at = to;
    applied++;
  }
  parts.push(bytes.subarray(at));
  return { bytes: Buffer.concat(parts), applied };
}

/**
 * The fixes of a report, file by file, each checked against the digest the file had when it was
 * checked: a file changed since is never touched.
 */
export async function planFixes(report: Report): Promise<{ fixes: FileFix[]; problems: InputError[] }> {
  const fixes: FileFix[] = [];
  const problems: InputError[] = [];
  for (const result of report.results) {
    if (!result.diagnostics.some((d) => d.fix)) continue;
    let before: Uint8Array;
    try {
      before = await readFile(result.file);
    } catch (error) {
      problems.push(new InputError(result.file, ioKey(error)));
      continue;
    }
    if (report.digests?.[result.file] !== digest(before)) {
      problems.push(new InputError(result.file, "input.changedSinceRead"));
      continue;
    }
    const { bytes: after, applied } = applyFixes(before, result.diagnostics);
    if (applied > 0) fixes.push({ file: result.file, before, after, applied });
  }
  return { fixes, problems };
}

/** A unified diff of what the fixes change. */
export function fixPatch(fixes: readonly FileFix[]): string {
  return fixes.map((f) => createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`,
    Buffer.from(f.before).toString("utf8"), Buffer.from(f.after).toString("utf8"), "", "", { context: 2 })
    .replace(/^=+\n/u, "")).join("");
}

/**
 * Writes each file's fixes (atomically); a file that can't be written is left as it was and
 * named in the problems, the others are still written. A read-only file is never replaced.
 */
export async function writeFixes(fixes: readonly FileFix[]): Promise<{ written: FileFix[]; problems: InputError[] }> {
  const written: FileFix[] = [];
  const problems: InputError[] = [];
  for (const fix of fixes) {
    try {
      // Renaming over a file needs only its folder writable: ask the file itself first.
      await access(fix.file, constants.W_OK);
      await writeFileAtomic(fix.file, fix.after);
      written.push(fix);
    } catch (error) {
      problems.push(new InputError(fix.file, writeKey(error)));
    }
  }
  return { written, problems };
}
