import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// Temporary files being written now: removed if the process is interrupted, so that an
// interrupted run leaves every file as it was and no debris beside it.
const pending = new Set<string>();

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
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  track(temporary);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}

/** Removes the temporary files of writes under way (on SIGINT or SIGTERM). */
function abandonWrites(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}
