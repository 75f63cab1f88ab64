// File results kept on disk, not in memory, while an archive is checked: each file's diagnostics
// are written to a temporary file as they come, and read back, one file at a time, when a
// reporter asks for them. A run over 10,000 sets then holds one set's diagnostics at a time, not
// the whole report's, and while it runs, only each file's names and where its diagnostics lie.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic, FileResult } from "../types.js";
import { fileResult, LazyResult, PackedResult } from "./packed-result.js";

export type Spill = Readonly<{
  /** Keeps a result: its names in memory, its diagnostics on disk. */
  keep(result: FileResult): void;
  /**
   * The results kept, in the order kept: the diagnostics of each read from the file when asked
   * for. Made when asked, after the run: while it runs, only names and offsets are held, and
   * nothing the young generation would have to keep alive.
   */
  results(): FileResult[];
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
  // Written in blocks of about BLOCK bytes, not a write per file, each result's JSON encoded
  // straight into one staging buffer (a Buffer a result, and a copy of them all a block, were a
  // fifth of what keeping a result cost, and garbage).
  const staging = { bytes: Buffer.allocUnsafe(0) }; // made with the first result kept
  let pendingBytes = 0;
  const flush = (handle: number) => {
    if (pendingBytes === 0) return;
    write(handle, end - pendingBytes, staging.bytes.subarray(0, pendingBytes));
    pendingBytes = 0;
  };
  // Appends a result's JSON; returns its length in bytes.
  const append = (handle: number, json: string): number => {
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, 4).
    if (staging.bytes.length === 0) staging.bytes = Buffer.allocUnsafe(2 * BLOCK);
    if (pendingBytes + 3 * json.length > staging.bytes.length) flush(handle);
    if (3 * json.length > staging.bytes.length) {
      const bytes = Buffer.from(json);
      write(handle, end, bytes);
      end += bytes.length;
      return bytes.length;
    }
    const length = staging.bytes.write(json, pendingBytes);
    pendingBytes += length;
    end += length;
    if (pendingBytes >= BLOCK) flush(handle);
    return length;
  };
  // Reads `into.length` bytes from `at`, what is still pending written first. Reporters ask for
  // the results in about the order they were kept: the file is read a block at a time into a
  // window the next results are copied from (a read a result was 9,600 system calls in the
  // report of an archive, most of reading it back).
  const window = { bytes: Buffer.allocUnsafe(0), at: 0, length: 0 };
  const readAt = (handle: number, into: Buffer, at: number, atLeast: number): number => {
    let read = 0;
    while (read < atLeast) {
      const n = readSync(handle, into, read, into.length - read, at + read);
      if (n === 0) throw new Error("the temporary file of results was cut short");
      read += n;
    }
    return read;
  };
  const reader = (into: Buffer, at: number) => {
    if (fd === undefined) throw new Error("the temporary file of results is closed");
    flush(fd);
    if (into.length >= BLOCK) {
      readAt(fd, into, at, into.length);
      return;
    }
    if (at < window.at || at + into.length > window.at + window.length) {
      if (window.bytes.length === 0) window.bytes = Buffer.allocUnsafe(BLOCK);
      window.at = at;
      window.length = 0; // until the read below has succeeded
      window.length = readAt(fd, window.bytes, at, into.length);
    }
    window.bytes.copy(into, 0, at - window.at, at - window.at + into.length);
  };
  // What is kept of each result, in the order kept: its names (each language and source once),
  // and where its diagnostics lie in the file (length 0: none; -1: held in memory, the file
  // could not be made).
  const names = new Map<string, string>();
  const name = (text: string) => names.get(text) ?? (names.set(text, text), text);
  const files: string[] = [];
  const langs: string[] = [];
  const sources: (string | undefined)[] = [];
  let offsets = new Float64Array(1024);
  let lengths = new Int32Array(1024);
  const held = new Map<number, FileResult>();
  return {
    keep(result) {
      const index = files.length;
      if (index === offsets.length) {
        offsets = grown(offsets, new Float64Array(index * 2));
        lengths = grown(lengths, new Int32Array(index * 2));
      }
      files.push(result.file);
      langs.push(name(result.lang));
      sources.push(result.source === undefined ? undefined : name(result.source));
      // A worker's result brings its JSON along.
      const json = result instanceof PackedResult ? result.json : JSON.stringify(result.diagnostics);
      if (json === "[]") {
        lengths[index] = 0;
        return;
      }
      const handle = open();
      if (handle === undefined) {
        lengths[index] = -1;
        held.set(index, result);
        return;
      }
      offsets[index] = end;
      lengths[index] = append(handle, json);
    },
    results() {
      return files.map((file, i): FileResult => {
        const lang = langs[i]!;
        const source = sources[i];
        if (lengths[i] === -1) return held.get(i)!;
        if (lengths[i] === 0) return fileResult(file, lang, source, []);
        return new SpilledResult(file, lang, source, reader, offsets[i]!, lengths[i]!);
      });
    },
    close() {
      pendingBytes = 0;
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

const BLOCK = 1 << 20;

/** A file's result whose diagnostics are on disk: read afresh each time they are asked for. */
class SpilledResult extends LazyResult {
  readonly #read: (into: Buffer, at: number) => void;
  readonly #at: number;
  readonly #length: number;

  constructor(file: string, lang: string, source: string | undefined, read: (into: Buffer, at: number) => void, at: number, length: number) {
    super(file, lang, source);
    this.#read = read;
    this.#at = at;
    this.#length = length;
  }

  get diagnostics(): Diagnostic[] {
    const back = Buffer.allocUnsafe(this.#length);
    this.#read(back, this.#at);
    return JSON.parse(back.toString("utf8")) as Diagnostic[];
  }
}

/** `into`, holding what `from` holds. */
function grown<T extends Float64Array | Int32Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** Writes bytes at a position. */
function write(fd: number, at: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, at + written);
}
