import { execFileSync } from "node:child_process";
import { basename, dirname, resolve } from "node:path";
import { InputError } from "../errors.js";

// What bitext reads of an old version: as much as any article it would check.
const MAX_BYTES = 64 * 1024 * 1024;

/** A file's content at a git revision, read with `git show REV:./file` in the file's folder. */
export function fileAtRevision(file: string, revision: string): string {
  if (!/^[\w./~^@{}-]+$/u.test(revision) || revision.startsWith("-")) {
    throw new InputError(file, "input.badRevision", { revision, detail: "" });
  }
  try {
    return execFileSync("git", ["show", `${revision}:./${basename(file)}`], {
      cwd: dirname(resolve(file)), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: MAX_BYTES,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === "ENOBUFS" ? `larger than ${MAX_BYTES / 1024 / 1024} MB`
      : String((error as { stderr?: string }).stderr ?? "").trim().split("\n")[0] ?? "";
    throw new InputError(file, "input.badRevision", { revision, detail });
  }
}
