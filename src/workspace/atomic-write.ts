import { once } from "node:events";
import { closeSync, createWriteStream, existsSync, fchmodSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import { nodeCrypto } from "./builtins.js";

// Temporary files being written now: removed if the process is interrupted, so that an
// interrupted run leaves every file as it was and no debris beside it.
const pending = new Set<string>();
// A folder moved aside while its replacement moves in: put back if the process is interrupted then.
const restores = new Map<string, string>();

// While a write is under way, SIGINT and SIGTERM remove its temporary file and exit with 128 +
// the signal's number, as shells expect. At any other time they keep their default and end the
// process at once: a handler would wait for the event loop, which a long check keeps busy, and
// Ctrl-C would do nothing until the check was over.
const SIGNALS = [["SIGINT", 130], ["SIGTERM", 143]] as const;
const handlers = SIGNALS.map(([signal, code]) => [signal, () => {
  abandonWrites();
  process.exit(code);
}] as const);

function track(temporary: string): void {
  if (pending.size === 0) for (const [signal, handler] of handlers) process.on(signal, handler);
  pending.add(temporary);
}

function untrack(temporary: string): void {
  pending.delete(temporary);
  if (pending.size === 0) for (const [signal, handler] of handlers) process.off(signal, handler);
}

/** Writes a file so that readers see the old content or the new, never a half. */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  // Written where a symbolic link leads: renamed over, the link would become a file of its own,
  // and the file it names would keep the old text.
  const file = linkTarget(path);
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${nodeCrypto().randomBytes(4).toString("hex")}.tmp`);
  track(temporary);
  try {
    // The file keeps the permissions of the one it replaces (an article only its owner may read
    // stays so after --fix); a new file gets the usual ones, as the umask leaves them.
    const mode = permissionsOf(file);
    // The temporary file is made here, at once: a signal's handler, which runs between two turns
    // of the event loop, finds it to remove. (Made by Node's thread pool, it could appear after the
    // handler had removed it, as the process exited, and stay.) What is written after the handler
    // removed it goes to a file no folder names any more.
    const fd = openSync(temporary, "w", mode === undefined ? 0o666 : 0o600);
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    if (typeof data === "string" || data instanceof Uint8Array) {
      try {
        writeFileSync(fd, data);
      } finally {
        closeSync(fd);
      }
    } else {
      await writePieces(temporary, fd, data);
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}

/** The file a path names, through any symbolic links; the path itself if there is no file yet. */
function linkTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The permission bits of a file, if it is there. */
function permissionsOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

// How far the pieces may run ahead of the disk: while the file system writes what came before,
// the next pieces are made (writeFile with pieces waits for each write before it asks for the next).
const AHEAD = 1 << 20;

/** Writes pieces of text to an open file as they come, making the next while the last are written; closes it. */
async function writePieces(file: string, fd: number, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(file, { fd, highWaterMark: AHEAD });
  let failure: unknown;
  out.on("error", (error) => (failure ??= error));
  try {
    for (const piece of pieces) {
      if (failure !== undefined) throw failure;
      if (!out.write(piece)) await once(out, "drain");
    }
    out.end();
    await finished(out);
  } finally {
    // Stopped early (a failed write, or pieces that threw): the file is closed before the caller
    // removes it.
    if (!out.closed) {
      const closed = once(out, "close").catch(() => undefined);
      out.destroy();
      await closed;
    }
  }
  if (failure !== undefined) throw failure;
}

// Files a folder's writer writes between two turns of the event loop.
const YIELD_EVERY = 64;

/**
 * Writes a folder of files so that a reader or a web server sees the old folder or the new one,
 * never a half-built one: the files go into a folder beside it, which then takes its place. A
 * failed or interrupted build leaves the old folder as it was.
 */
export async function writeTreeAtomic(path: string, files: ReadonlyMap<string, string>): Promise<void> {
  // Built where a symbolic link leads (site -> /var/www/news): the link stays, and the folder it
  // names is the one replaced.
  const dir = linkTarget(path);
  const tag = `${process.pid}.${nodeCrypto().randomBytes(4).toString("hex")}`;
  const building = join(dirname(dir), `.${basename(dir)}.${tag}.tmp`);
  const retired = join(dirname(dir), `.${basename(dir)}.${tag}.old`);
  track(building);
  track(retired);
  restores.set(retired, dir);
  try {
    const existing = await stat(dir).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
    // Written synchronously, with a turn of the event loop every few files, where a signal's
    // handler may run: no write is then under way in Node's thread pool that could make the
    // folder again after the handler removed it.
    let written = 0;
    for (const [path, content] of files) {
      const file = join(building, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      if (++written % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    if (files.size === 0) mkdirSync(building, { recursive: true });
    // The old folder out and the new one in, with no turn of the event loop between them.
    if (existing) renameSync(dir, retired);
    try {
      renameSync(building, dir);
    } catch (error) {
      if (existing) renameSync(retired, dir);
      throw error;
    }
  } finally {
    await rm(building, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
    restores.delete(retired);
    untrack(building);
    untrack(retired);
  }
}

/** Removes the temporary files and folders of writes under way (on SIGINT or SIGTERM). */
function abandonWrites(): void {
  for (const [retired, dir] of restores) if (existsSync(retired) && !existsSync(dir)) renameSync(retired, dir);
  for (const temporary of pending) rmSync(temporary, { recursive: true, force: true });
  pending.clear();
}
