// Errors carry i18next keys; only the CLI turns them into text and exit codes.

/** The command line asked for something impossible: a bad flag, a missing value. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly values: Readonly<Record<string, unknown>> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

/** A file could not be used: unreadable, not UTF-8, binary, invalid glossary. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly values: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${file}: ${key}`);
    this.name = "InputError";
  }
}

/** The i18n key for a failed write. */
export function writeKey(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM": return "input.writePermission";
    case "ENOENT":
    case "ENOTDIR": return "input.writeNoFolder";
    case "EISDIR": return "input.isDirectory";
    case "EROFS": return "input.readOnlyFileSystem";
    case "ENOSPC":
    case "EDQUOT": return "input.diskFull";
    default: return "input.unwritable";
  }
}

/** The i18n key for a failed read. */
export function ioKey(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "input.missing";
    case "EACCES":
    case "EPERM": return "input.permission";
    case "EISDIR": return "input.isDirectory";
    case "ELOOP": return "input.symlinkLoop";
    default: return "input.unreadable";
  }
}
