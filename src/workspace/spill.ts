// File results kept on disk, not in memory, while an archive is checked: each file's diagnostics
// are written to a temporary file as they come, and read back, one file at a time, when a
// reporter asks for them. A run over 10,000 sets then holds one set's diagnostics at a time, not
// the whole report's.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic, FileResult } from "../types.js";

export type Spill = Readonly<{
  /** The result, its diagnostics on disk from now on: reading them reads the file. */
  keep(result: FileResult): FileResult;
  /** Closes the file. Results kept are no longer readable. */
  close(): void;
}>;

/**
 * A spill file in the system's temporary folder. It is unlinked as soon as it is open, so it
 * never outlives the process, however the process ends. Where that cannot be done (the folder is
 * not writable), results simply stay in memory.
 */
export function createSpill(): Spill {
  let fd: number | undefined;
  let failed = false;
  let end = 0;
  const open = (): number | undefined => {
    if (fd !== undefined || failed) return fd;
    try {
      const dir = mkdtempSync(join(tmpdir(), "bitext-results-"));
      const file = join(dir, "results.ndjson");
      fd = openSync(file, "w+", 0o600);
      // POSIX keeps an unlinked file for whoever holds it open. Windows refuses: removed at exit.
      try {
        unlinkSync(file);
        rmSync(dir, { recursive: true, force: true });
      } catch {
        process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
      }
    } catch {
      failed = true;
    }
    return fd;
  };
  // Written in blocks of about BLOCK bytes, not a write per file.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = (handle: number) => {
    if (pendingBytes === 0) return;
    write(handle, end - pendingBytes, Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  return {
    keep(result) {
      const handle = result.diagnostics.length === 0 ? undefined : open();
      if (handle === undefined) return result;
      const bytes = Buffer.from(JSON.stringify(result.diagnostics));
      const at = end;
      const length = bytes.length;
      pending.push(bytes);
      pendingBytes += length;
      end += length;
      if (pendingBytes >= BLOCK) flush(handle);
      const { file, lang, source } = result;
      // The keys in FileResult's order, so that JSON of a kept result reads as the result's own.
      return {
        file, lang, ...(source === undefined ? {} : { source }),
        get diagnostics(): Diagnostic[] {
          flush(handle);
          const back = Buffer.allocUnsafe(length);
          let read = 0;
          while (read < back.length) {
            const n = readSync(handle, back, read, back.length - read, at + read);
            if (n === 0) throw new Error("the temporary file of results was cut short");
            read += n;
          }
          return JSON.parse(back.toString("utf8")) as Diagnostic[];
        },
      };
    },
    close() {
      pending = [];
      pendingBytes = 0;
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

const BLOCK = 1 << 20;

/** Writes bytes at a position. */
function write(fd: number, at: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, at + written);
}
