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
