// A file's result as a worker thread sends it: its diagnostics as JSON, with their counts and
// whether any has a fix. The main thread writes the JSON to the spill file as it is, and parses it
// only when something reads the diagnostics: a worker does the serialising, in parallel, and the
// main thread, which reads, dispatches and keeps every result, allocates a string a file.
import { summarise } from "../report/summary.js";
import type { Diagnostic, FileResult, Summary } from "../types.js";

export type Packed = Readonly<{ file: string; lang: string; source?: string; json: string; counts: Summary; fixed: boolean }>;

/** A result packed for the main thread. */
export function pack(result: FileResult): Packed {
  return {
    file: result.file, lang: result.lang, ...(result.source === undefined ? {} : { source: result.source }),
    json: JSON.stringify(result.diagnostics), counts: summarise([result]), fixed: result.diagnostics.some((d) => d.fix),
  };
}

/** A plain FileResult, its keys in the type's order (as JSON of a result has them). */
export function fileResult(file: string, lang: string, source: string | undefined, diagnostics: Diagnostic[]): FileResult {
  return { file, lang, ...(source === undefined ? {} : { source }), diagnostics };
}

/**
 * A result whose diagnostics are kept elsewhere and made when asked for; written by JSON as the
 * result itself. A class, so that 50,000 of them share one shape (an object with a getter of its
 * own takes 730 bytes).
 */
export abstract class LazyResult implements FileResult {
  readonly file: string;
  readonly lang: string;
  declare readonly source?: string;

  constructor(file: string, lang: string, source: string | undefined) {
    this.file = file;
    this.lang = lang;
    if (source !== undefined) (this as { source?: string }).source = source;
  }

  abstract get diagnostics(): Diagnostic[];

  toJSON(): FileResult {
    return fileResult(this.file, this.lang, this.source, this.diagnostics);
  }
}

/** A packed result, a FileResult again: the diagnostics parsed from their JSON each time they are asked for. */
export class PackedResult extends LazyResult {
  readonly json: string;
  readonly counts: Summary;
  readonly fixed: boolean;

  constructor(packed: Packed) {
    super(packed.file, packed.lang, packed.source);
    this.json = packed.json;
    this.counts = packed.counts;
    this.fixed = packed.fixed;
  }

  get diagnostics(): Diagnostic[] {
    return JSON.parse(this.json) as Diagnostic[];
  }
}
