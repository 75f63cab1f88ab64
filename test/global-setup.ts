// The run's temporary folders (the tests' own and those of the commands they run) go in one
// folder, removed when the run is over: a run leaves nothing in the system's temporary folder.
// Others may pass through it, as through the system's (a test runs the command as another user).
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), "bitext-test-"));
  chmodSync(scratch, 0o755);
  process.env.TMPDIR = scratch; // the test processes are started after this, with it
  return () => {
    try {
      rmSync(scratch, { recursive: true, force: true });
    } catch {
      // A folder a test closed (chmod 000) is opened again for its owner, then removed.
      opened(scratch);
      rmSync(scratch, { recursive: true, force: true });
    }
  };
}

function opened(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) opened(join(dir, entry.name));
}
