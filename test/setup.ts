import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { loadReaders } from "../src/article/formats.js";

// The library's readers load with its index (src/index.ts); tests that import a module of their
// own and parse an article synchronously need them loaded too, as the command line loads them
// for the files it meets.
await loadReaders();

// Each test file's temporary folders (and those of the commands it runs) go in one folder of its
// own, removed when its tests are done: a run leaves nothing behind in the system's. Others may
// pass through it, as through the system's (a test runs the command as another user).
const scratch = mkdtempSync(join(tmpdir(), "bitext-test-"));
chmodSync(scratch, 0o755);
process.env.TMPDIR = scratch;
afterAll(() => {
  try {
    rmSync(scratch, { recursive: true, force: true });
  } catch {
    // A folder a test closed (chmod 000) is opened again for its owner, then removed.
    opened(scratch);
    rmSync(scratch, { recursive: true, force: true });
  }
});

function opened(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) opened(join(dir, entry.name));
}
