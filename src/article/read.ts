import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { InputError, ioKey } from "../errors.js";
import type { Article, SourceText } from "../types.js";
import { decodeSource } from "./decode.js";
import { loadReaders, parserOf, type ReadOptions, readerFor } from "./formats.js";

export type { ReadOptions } from "./formats.js";

/** Reads, decodes and parses one article file. Throws InputError when it can't be used. */
export async function readArticle(file: string, options: ReadOptions = {}): Promise<Article> {
  await loadReaders([file]);
  return parseArticle(file, decodeSource(readBytes(file), file), options);
}

// The largest file bitext reads as an article: far past any article, and well within what one
// JavaScript string can hold once decoded.
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/**
 * A file's bytes, or an InputError saying why they can't be read. Read synchronously: opening,
 * sizing and reading a local file take microseconds, where each asynchronous call waits its turn
 * on libuv's thread pool (a tenth of a second for 600 small files while checks hold the thread).
 */
export function readBytes(file: string, at = file): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe does not wait for a writer: fstat refuses it.
    fd = openSync(at, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
  try {
    const info = fstatSync(fd);
    // A device or a pipe (/dev/zero, a FIFO) could be read for ever.
    if (info.isDirectory()) throw new InputError(file, "input.isDirectory");
    if (!info.isFile()) throw new InputError(file, "input.notRegular");
    const size = info.size;
    if (size > MAX_FILE_BYTES) throw new InputError(file, "input.tooLarge", { size: Math.round(size / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 });
    const limit = readerFor(file)?.limit;
    if (limit && size > limit.bytes) throw new InputError(file, limit.message, { size: Math.round(size / 1024 / 1024), max: limit.bytes / 1024 / 1024 });
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, ioKey(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses decoded text as the article `file`; its extension picks the reader, which must have been
 * loaded (loadReaders(); importing bitext's index loads them all).
 */
export function parseArticle(file: string, source: SourceText, options: ReadOptions = {}): Article {
  const reader = readerFor(file);
  if (!reader) throw new InputError(file, "input.unknownFormat", { ext: extname(file) || "—" });
  return parserOf(reader)(file, source, options);
}
