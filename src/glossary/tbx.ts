// Termbases as CAT tools and terminology databases export them: TBX-Basic (martif, termEntry,
// langSet, tig/ntig, termNote type="administrativeStatus") and TBX 2019 (tbx, conceptEntry,
// langSec, termSec, and the DCT style's <basic:administrativeStatus>). Preferred terms are
// `use`, admitted ones `also`, deprecated and superseded ones `avoid`; a definition or note is
// the term's note. The file's DTD, if it names one, is not read: no entity expands, nothing
// outside the file is fetched.
import { SaxesParser } from "saxes";
import { isLanguageTag } from "../article/language.js";
import { xmlErrorReason } from "../article/xml-error.js";
import { InputError } from "../errors.js";
import type { Glossary, GlossaryTerm, TermEntry } from "../types.js";
import { withLanguages } from "./csv.js";

type Status = "use" | "also" | "avoid";
type Term = { text: string; status?: Status };
type Concept = { id: string; line: number; note?: string; langs: Map<string, Term[]> };

const local = (name: string) => name.slice(name.indexOf(":") + 1);

function statusOf(value: string): Status | undefined {
  const v = value.toLowerCase();
  if (v.includes("preferred") || v.includes("legal") || v.includes("regulated")) return "use";
  if (v.includes("admitted")) return "also";
  if (v.includes("deprecated") || v.includes("superseded") || v.includes("obsolete")) return "avoid";
  return undefined;
}

/** A concept's terms in one language as a glossary entry; none without a term to use. */
function entryOf(terms: readonly Term[]): TermEntry | undefined {
  const allowed = terms.filter((t) => t.status !== "avoid");
  const use = allowed.find((t) => t.status === "use") ?? allowed.find((t) => t.status === undefined) ?? allowed[0];
  if (!use) return undefined;
  return {
    use: use.text,
    also: allowed.filter((t) => t !== use).map((t) => t.text),
    avoid: terms.filter((t) => t.status === "avoid").map((t) => t.text),
    except: [], expansion: [], forms: [],
  };
}

/** Parses a TBX termbase; `file` names it in errors, which give the line at fault. */
export function parseTbx(text: string, file: string): Glossary {
  const parser = new SaxesParser({ position: true });
  const concepts: Concept[] = [];
  let title: string | undefined;
  let failure: InputError | undefined;
  let root: string | undefined;
  const fail = (key: string, values: Record<string, unknown> = {}) => {
    failure ??= new InputError(file, key, { line: parser.line, ...values });
  };
  let concept: Concept | undefined;
  let lang: string | undefined;
  let term: Term | undefined;
  let capture: { kind: "term" | "status" | "note" | "title"; text: string } | undefined;
  const langStack: (string | undefined)[] = [];

  parser.on("doctype", (doctype) => {
    // TBX-Basic names its DTD; a DTD of its own could declare entities that expand: refused.
    if (!/<!ENTITY/u.test(doctype)) return;
    const entity = text.indexOf("<!ENTITY", Math.max(0, text.lastIndexOf("<!DOCTYPE", parser.position)));
    fail("glossary.dtd", { line: text.slice(0, entity).split("\n").length });
  });
  parser.on("error", (error) => fail("glossary.xmlSyntax", { reason: xmlErrorReason(error, text, parser.position) }));
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    const attr = (n: string) => tag.attributes[n] as string | undefined;
    root ??= name;
    if (root !== "martif" && root !== "tbx") fail("glossary.notTbx", { root: tag.name });
    langStack.push(attr("xml:lang") ?? langStack.at(-1));
    if (name === "termEntry" || name === "conceptEntry") {
      concept = { id: attr("id") ?? `line-${parser.line}`, line: parser.line, langs: new Map() };
    } else if (name === "langSet" || name === "langSec") {
      lang = attr("xml:lang");
      if (!lang || !isLanguageTag(lang)) fail("glossary.tbxLanguage", { lang: lang ?? "—" });
    } else if (name === "tig" || name === "ntig" || name === "termSec") {
      term = { text: "" };
    } else if (name === "term" && term) {
      capture = { kind: "term", text: "" };
    } else if ((name === "termNote" && (attr("type") === "administrativeStatus" || attr("type") === "normativeAuthorization"))
      || name === "administrativeStatus" || name === "normativeAuthorization") {
      capture = { kind: "status", text: "" };
    } else if (concept && ((name === "descrip" && attr("type") === "definition") || name === "definition" || name === "note")) {
      capture = { kind: "note", text: "" };
    } else if (name === "title" && !concept) {
      capture = { kind: "title", text: "" };
    }
  });
  parser.on("text", (value) => {
    if (capture) capture.text += value;
  });
  parser.on("cdata", (value) => {
    if (capture) capture.text += value;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    langStack.pop();
    if (capture && (name === "term" || name === "termNote" || name === "administrativeStatus" || name === "normativeAuthorization"
      || name === "descrip" || name === "definition" || name === "note" || name === "title")) {
      const value = capture.text.replace(/\s+/gu, " ").trim();
      if (capture.kind === "term" && term) term.text = value;
      else if (capture.kind === "status" && term) term.status = statusOf(value);
      else if (capture.kind === "note" && concept && value) concept.note ??= value;
      else if (capture.kind === "title") title ??= value;
      capture = undefined;
    } else if ((name === "tig" || name === "ntig" || name === "termSec") && term && concept && lang) {
      if (term.text) concept.langs.set(lang.toLowerCase(), [...(concept.langs.get(lang.toLowerCase()) ?? []), term]);
      term = undefined;
    } else if (name === "langSet" || name === "langSec") {
      lang = undefined;
    } else if ((name === "termEntry" || name === "conceptEntry") && concept) {
      concepts.push(concept);
      concept = undefined;
    }
  });
  try {
    parser.write(text).close();
  } catch {
    fail("glossary.xmlSyntax", { reason: "malformed XML" });
  }
  if (failure) throw failure;
  if (!root) throw new InputError(file, "glossary.notTbx", { root: "—" });
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  for (const c of concepts) {
    const langs = withLanguages([...c.langs].flatMap(([tag, list]) => {
      const entry = entryOf(list);
      return entry ? [[tag, entry] as const] : [];
    }));
    if (Object.keys(langs).length === 0) continue; // a concept with nothing to write is no rule
    if (seen.has(c.id)) throw new InputError(file, "glossary.duplicateId", { line: c.line, id: c.id });
    seen.add(c.id);
    terms.push({ id: c.id, file, line: c.line, langs, ...(c.note ? { note: c.note } : {}) });
  }
  return { names: [title || file], terms };
}
