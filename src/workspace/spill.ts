// File results kept on disk, not in memory, while an archive is checked: each file's diagnostics
// are written to a temporary file as they come, and read back, one file at a time, when a
// reporter asks for them. A run over 10,000 sets then holds one set's diagnostics at a time, not
// the whole report's.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic, FileResult } from "../types.js";
import { PackedResult } from "./packed-result.js";

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
  // Reads `into.length` bytes from `at`, what is still pending written first.
  const reader = (into: Buffer, at: number) => {
    if (fd === undefined) throw new Error("the temporary file of results is closed");
    flush(fd);
    let read = 0;
    while (read < into.length) {
      const n = readSync(fd, into, read, into.length - read, at + read);
      if (n === 0) throw new Error("the temporary file of results was cut short");
      read += n;
    }
  };
  return {
    keep(result) {
      // A worker's result brings its JSON along.
      const json = result instanceof PackedResult ? result.json : JSON.stringify(result.diagnostics);
      const handle = json === "[]" ? undefined : open();
      if (handle === undefined) return result;
      const bytes = Buffer.from(json);
      const at = end;
      const length = bytes.length;
      pending.push(bytes);
      pendingBytes += length;
      end += length;
      if (pendingBytes >= BLOCK) flush(handle);
      return new SpilledResult(result, reader, at, length);
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

/**
 * A file's result whose diagnostics are on disk: read afresh each time they are asked for, and
 * written by JSON as the result's own. A class, so that 50,000 of them share one shape: an object
 * with a getter of its own took 730 bytes each.
 */
class SpilledResult implements FileResult {
  readonly file: string;
  readonly lang: string;
  declare readonly source?: string;
  readonly #read: (into: Buffer, at: number) => void;
  readonly #at: number;
  readonly #length: number;

  constructor(result: FileResult, read: (into: Buffer, at: number) => void, at: number, length: number) {
    this.file = result.file;
    this.lang = result.lang;
    if (result.source !== undefined) (this as { source?: string }).source = result.source;
    this.#read = read;
    this.#at = at;
    this.#length = length;
  }

  get diagnostics(): Diagnostic[] {
    const back = Buffer.allocUnsafe(this.#length);
    this.#read(back, this.#at);
    return JSON.parse(back.toString("utf8")) as Diagnostic[];
  }

  /** The keys in FileResult's order, as JSON of the result itself would have them. */
  toJSON(): FileResult {
    return { file: this.file, lang: this.lang, ...(this.source === undefined ? {} : { source: this.source }), diagnostics: this.diagnostics };
  }
}

/** Writes bytes at a position. */
function write(fd: number, at: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, at + written);
}
