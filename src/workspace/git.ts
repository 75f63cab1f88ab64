import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { UsageError } from "../errors.js";

const run = promisify(execFile);

/**
 * Files changed since a git revision, as absolute paths: committed since it, changed in the
 * work tree, or new and not ignored.
 */
export async function changedSince(ref: string, cwd: string): Promise<Set<string>> {
  const git = async (...args: string[]) => {
    try {
      return (await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      const detail = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split("\n")[0];
      throw new UsageError("cli.gitFailed", { ref, detail });
    }
  };
  const top = (await git("rev-parse", "--show-toplevel")).trim();
  const diff = await git("diff", "--name-only", "-z", ref, "--");
  const untracked = await git("ls-files", "--others", "--exclude-standard", "-z");
  return new Set([...diff.split("\0"), ...untracked.split("\0").map((f) => resolve(cwd, f))]
    .filter(Boolean).map((f) => resolve(top, f)));
}
