import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// Temporary files being written now: removed if the process is interrupted, so that an
// interrupted run leaves every file as it was and no debris beside it.
const pending = new Set<string>();

/** Writes a file so that readers see the old content or the new, never a half. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/** Removes the temporary files of writes under way (on SIGINT or SIGTERM). */
export function abandonWrites(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}
