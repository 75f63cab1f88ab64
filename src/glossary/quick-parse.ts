// The quick way through a glossary file: js-yaml reads YAML (and JSON, which is YAML) about
// twelve times as fast as the `yaml` library, which load.ts uses for its exact line-numbered
// errors. A glossary that reads cleanly here is taken as it is; anything unusual returns
// undefined, and load.ts reads the file again the exact way and says what is wrong.
import { CORE_SCHEMA, load } from "js-yaml";
import { lineStartsOf } from "../article/decode.js";
import { isLanguageTag } from "../article/language.js";
import { isPlain } from "../plain.js";
import { lastAtMost } from "../sorted.js";
import type { Glossary, GlossaryTerm, TermEntry } from "../types.js";

const ENTRY_KEYS = new Set(["use", "also", "avoid", "except", "expansion", "forms"]);
const TERM_KEYS = new Set(["id", "note"]);


/** The glossary in `text`, or undefined when it is not a clean one. */
export function quickGlossary(text: string, file: string): Glossary | undefined {
  // Where each mapping starts: the parser reports every node it opens and closes.
  const starts = new Map<unknown, number>();
  const open: number[] = [];
  let root: unknown;
  try {
    root = load(text, {
      // The core schema, as the yaml library's: no dates, no merge keys.
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") open.push(state.position);
        else {
          const at = open.pop()!;
          if (isPlain(state.result)) starts.set(state.result, at);
        }
      },
    });
  } catch {
    return undefined;
  }
  if (!isPlain(root) || !Array.isArray(root.terms)) return undefined;
  const lineStarts = lineStartsOf(text);
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  for (const item of root.terms as unknown[]) {
    const at = starts.get(item);
    if (!isPlain(item) || at === undefined || typeof item.id !== "string" || seen.has(item.id)) return undefined;
    if (item.note !== undefined && typeof item.note !== "string") return undefined;
    seen.add(item.id);
    const langs: Record<string, TermEntry> = {};
    for (const [key, value] of Object.entries(item)) {
      if (TERM_KEYS.has(key)) continue;
      const entry = isLanguageTag(key) ? entryOf(value) : undefined;
      if (!entry) return undefined;
      langs[key.toLowerCase()] = entry;
    }
    if (Object.keys(langs).length === 0) return undefined;
    const line = lastAtMost(lineStarts.length, (i) => lineStarts[i]!, at) + 1;
    terms.push(item.note === undefined ? { id: item.id, file, line, langs } : { id: item.id, note: item.note, file, line, langs });
  }
  return { names: [typeof root.name === "string" ? root.name : file], terms };
}

function entryOf(value: unknown): TermEntry | undefined {
  if (!isPlain(value)) return undefined;
  const lists: Record<string, string[]> = {};
  for (const [key, item] of Object.entries(value)) {
    const list = ENTRY_KEYS.has(key) ? stringList(item) : undefined;
    if (!list) return undefined;
    lists[key] = list;
  }
  if (lists.use?.length !== 1) return undefined;
  return {
    use: lists.use[0]!,
    also: lists.also ?? [],
    avoid: lists.avoid ?? [],
    except: lists.except ?? [],
    expansion: lists.expansion ?? [],
    forms: lists.forms ?? [],
  };
}

function stringList(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if ((typeof item !== "string" && typeof item !== "number") || !String(item).trim()) return undefined;
    out.push(String(item).trim());
  }
  return out;
}
