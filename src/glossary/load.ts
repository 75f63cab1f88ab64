import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { decodeSource } from "../article/decode.js";
import { InputError, ioKey } from "../errors.js";
import type { Glossary, GlossaryTerm } from "../types.js";
import { quickGlossary } from "./quick-parse.js";

/** The file extensions a glossary may have: YAML and JSON, TBX termbases, CSV and TSV tables. */
export const GLOSSARY_EXTENSIONS: readonly string[] = [".yaml", ".yml", ".json", ".tbx", ".csv", ".tsv"];

/** Reads one glossary file (YAML, JSON, TBX, CSV or TSV). Throws InputError naming the line at fault. */
export async function loadGlossary(file: string): Promise<Glossary> {
  const ext = extname(file).toLowerCase();
  if (!GLOSSARY_EXTENSIONS.includes(ext)) {
    throw new InputError(file, "glossary.format", { ext: ext || "—" });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
  const text = decodeSource(bytes, file).text;
  // The termbase readers (and their XML and CSV parsers) load only for a termbase.
  if (ext === ".tbx") return (await import("./tbx.js")).parseTbx(text, file);
  if (ext === ".csv" || ext === ".tsv") return (await import("./csv.js")).parseCsvGlossary(text, file, ext === ".tsv" ? "\t" : ",");
  // The yaml library, for the line of anything wrong, loads only for a glossary the quick way refuses.
  return quickGlossary(text, file) ?? (await import("./parse.js")).parseGlossaryExactly(text, file);
}

/** Joins several glossaries; a term id defined twice keeps its first definition. */
export function mergeGlossaries(glossaries: readonly Glossary[]): Glossary {
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  for (const g of glossaries) {
    for (const term of g.terms) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      terms.push(term);
    }
  }
  return { names: glossaries.flatMap((g) => g.names), terms };
}

export const EMPTY_GLOSSARY: Glossary = { names: [], terms: [] };
