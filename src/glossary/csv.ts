// Glossaries as spreadsheets export them: CSV or TSV with a header row of language tags (en, es,
// fr, en-GB …), one concept per row, "|" between a language's alternatives (the first is the one
// to use). An "id" and a "note" column may stand beside them. csv-parse reads quoted fields,
// commas and line breaks inside them, and a byte-order mark.
import { parse } from "csv-parse/sync";
import { isLanguageTag } from "../article/language.js";
import { InputError } from "../errors.js";
import type { Glossary, GlossaryTerm, TermEntry } from "../types.js";

const EXTRA_COLUMNS = new Set(["id", "note"]);

/** A term's entries under their tags, and under the bare language where a regional tag is all there is. */
export function withLanguages(entries: readonly (readonly [string, TermEntry])[]): Record<string, TermEntry> {
  const langs: Record<string, TermEntry> = {};
  for (const [tag, entry] of entries) langs[tag.toLowerCase()] = entry;
  for (const [tag, entry] of entries) {
    const primary = tag.toLowerCase().split("-")[0]!;
    langs[primary] ??= entry;
  }
  return langs;
}

/** Parses a CSV (or, with a tab delimiter, TSV) glossary; errors give the line at fault. */
export function parseCsvGlossary(text: string, file: string, delimiter: "," | "\t" = ","): Glossary {
  let rows: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, delimiter, info: true, raw: true, skip_empty_lines: true, relax_quotes: false, trim: false }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new InputError(file, "glossary.syntax", { line, reason: (error as Error).message.replace(/^Invalid[^:]*: /u, "").split("\n")[0] });
  }
  const header = rows[0]?.record.map((h) => h.trim()) ?? [];
  if (header.length === 0) throw new InputError(file, "glossary.csvHeader", { line: 1, column: "—" });
  for (const column of header) {
    if (!EXTRA_COLUMNS.has(column.toLowerCase()) && !isLanguageTag(column)) throw new InputError(file, "glossary.csvHeader", { line: 1, column });
  }
  const terms: GlossaryTerm[] = [];
  const seen = new Set<string>();
  for (const { record, raw, info } of rows.slice(1)) {
    // csv-parse counts to the record's last line; a quoted line break puts its first line earlier.
    const line = info.lines - (raw.replace(/^[\r\n]+/u, "").replace(/\r?\n$/u, "").match(/\n/gu)?.length ?? 0);
    const cell = (name: string) => record[header.findIndex((h) => h.toLowerCase() === name)]?.trim() || undefined;
    const entries: [string, TermEntry][] = [];
    header.forEach((tag, n) => {
      if (EXTRA_COLUMNS.has(tag.toLowerCase())) return;
      const forms = (record[n] ?? "").split("|").map((f) => f.trim()).filter(Boolean);
      if (forms.length > 0) entries.push([tag, { use: forms[0]!, also: forms.slice(1), avoid: [], except: [], expansion: [], forms: [] }]);
    });
    if (entries.length === 0) continue; // an empty row
    const id = cell("id") ?? `row-${line}`;
    if (seen.has(id)) throw new InputError(file, "glossary.duplicateId", { line, id });
    seen.add(id);
    const note = cell("note");
    terms.push({ id, file, line, langs: withLanguages(entries), ...(note ? { note } : {}) });
  }
  return { names: [file], terms };
}
