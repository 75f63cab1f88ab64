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

/** A packed result, a FileResult again: the diagnostics parsed from their JSON each time they are asked for. */
export class PackedResult implements FileResult {
  readonly file: string;
  readonly lang: string;
  declare readonly source?: string;
  readonly json: string;
  readonly counts: Summary;
  readonly fixed: boolean;

  constructor(packed: Packed) {
    this.file = packed.file;
    this.lang = packed.lang;
    if (packed.source !== undefined) (this as { source?: string }).source = packed.source;
    this.json = packed.json;
    this.counts = packed.counts;
    this.fixed = packed.fixed;
  }

  get diagnostics(): Diagnostic[] {
    return JSON.parse(this.json) as Diagnostic[];
  }

  /** The keys in FileResult's order, as JSON of the result itself would have them. */
  toJSON(): FileResult {
    return { file: this.file, lang: this.lang, ...(this.source === undefined ? {} : { source: this.source }), diagnostics: this.diagnostics };
  }
}
