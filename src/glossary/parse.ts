// Glossary text (YAML or JSON) parsed the quick way (quick-parse.ts) or, for anything it refuses,
// the exact way: the yaml library, with every node's position, to name the line of anything wrong.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml";
import { isLanguageTag } from "../article/language.js";
import { InputError } from "../errors.js";
import type { Glossary, GlossaryTerm, TermEntry } from "../types.js";
import { quickGlossary } from "./quick-parse.js";

const ENTRY_KEYS = ["use", "also", "avoid", "except", "expansion", "forms"] as const;
const TERM_KEYS = new Set(["id", "note"]);

/** Parses glossary text; `file` only names it in errors. */
export function parseGlossary(text: string, file: string): Glossary {
  return quickGlossary(text, file) ?? parseGlossaryExactly(text, file);
}

/** Parses glossary text with every node's position, to name the line of anything wrong. */
export function parseGlossaryExactly(text: string, file: string): Glossary {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const fail = (node: YamlNode | null | undefined, key: string, values: Record<string, unknown> = {}): never => {
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new InputError(file, key, { line, ...values });
  };
  if (doc.errors[0]) {
    const error = doc.errors[0];
    throw new InputError(file, "glossary.syntax", {
      line: lines.linePos(error.pos[0]).line,
      reason: error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
    });
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, "glossary.notMapping");
  const name = root.get("name");
  const termsNode = root.get("terms", true);
  if (!isSeq(termsNode)) return fail(termsNode ?? root, "glossary.noTerms");
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  for (const item of termsNode.items) {
    if (!isMap(item)) return fail(item as YamlNode, "glossary.termNotMapping");
    const term = readTerm(item, file, fail, lines);
    if (seen.has(term.id)) fail(item, "glossary.duplicateId", { id: term.id });
    seen.add(term.id);
    terms.push(term);
  }
  return { names: [typeof name === "string" ? name : file], terms };
}

type Fail = (node: YamlNode | null | undefined, key: string, values?: Record<string, unknown>) => never;

function readTerm(item: YAMLMap, file: string, fail: Fail, lines: LineCounter): GlossaryTerm {
  const idNode = item.get("id", true);
  const id = isScalar(idNode) && typeof idNode.value === "string" ? idNode.value : fail(idNode ?? item, "glossary.noId");
  const noteNode = item.get("note", true);
  if (noteNode !== undefined && !(isScalar(noteNode) && typeof noteNode.value === "string")) {
    fail(noteNode, "glossary.badValue", { key: "note", id });
  }
  const langs: Record<string, TermEntry> = {};
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (TERM_KEYS.has(key)) continue;
    if (!isLanguageTag(key)) fail(pair.key as YamlNode, "glossary.unknownKey", { key, id });
    langs[key.toLowerCase()] = readEntry(pair.value as YamlNode, id, key, fail);
  }
  if (Object.keys(langs).length === 0) fail(item, "glossary.noLanguages", { id });
  const line = item.range ? lines.linePos(item.range[0]).line : 1;
  const note = isScalar(noteNode) ? String(noteNode.value) : undefined;
  return note === undefined ? { id, file, line, langs } : { id, note, file, line, langs };
}

function readEntry(node: YamlNode | null, id: string, lang: string, fail: Fail): TermEntry {
  if (!isMap(node)) return fail(node, "glossary.entryNotMapping", { id, lang });
  const lists: Record<string, string[]> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
      fail(pair.key as YamlNode, "glossary.unknownEntryKey", { key, id, lang, allowed: ENTRY_KEYS.join(", ") });
    }
    lists[key] = stringList(pair.value as YamlNode, `${lang}.${key}`, id, fail);
  }
  const use = lists.use;
  if (!use || use.length !== 1) return fail(node, "glossary.noUse", { id, lang });
  return {
    use: use[0]!,
    also: lists.also ?? [],
    avoid: lists.avoid ?? [],
    except: lists.except ?? [],
    expansion: lists.expansion ?? [],
    forms: lists.forms ?? [],
  };
}

function stringList(node: YamlNode | null, key: string, id: string, fail: Fail): string[] {
  const one = (n: unknown): string => {
    if (isScalar(n) && (typeof n.value === "string" || typeof n.value === "number") && String(n.value).trim()) {
      return String(n.value).trim();
    }
    return fail(n as YamlNode, "glossary.badValue", { key, id });
  };
  return isSeq(node) ? node.items.map(one) : [one(node)];
}
