import type { Glossary, GlossaryTerm, TermEntry } from "../types.js";
import { wholeWordTest } from "../language/whole-words.js";
import { remembered } from "../remembered.js";
import { type Automaton, buildAutomaton, foldUnit } from "./automaton.js";

export type TermRole = "except" | "avoid" | "use" | "form" | "also";

export type TermMatch = Readonly<{
  start: number;
  end: number;
  text: string; // as written in the block
  phrase: string; // as written in the glossary
  role: TermRole;
  term: GlossaryTerm;
  entry: TermEntry;
}>;

type Phrase = Readonly<{ phrase: string; role: TermRole; term: GlossaryTerm; entry: TermEntry }>;
type Index = Readonly<{ automaton: Automaton; phrases: readonly Phrase[] }>;

const ROLE_ORDER: readonly TermRole[] = ["except", "avoid", "use", "form", "also"];

/**
 * `build`, remembered per glossary and key (a language tag, say): what a check derives from a
 * glossary is built once per run, not once per paragraph.
 */
export function perGlossary<T>(build: (glossary: Glossary, key: string) => T): (glossary: Glossary, key: string) => T {
  const built = new WeakMap<Glossary, Map<string, T>>();
  return (glossary, key) => {
    let byKey = built.get(glossary);
    if (!byKey) built.set(glossary, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, build(glossary, key));
    return byKey.get(key)!;
  };
}

/** The glossary entry of a term for a language tag: "en-gb" first, then "en". */
export function entryFor(term: GlossaryTerm, tag: string): TermEntry | undefined {
  const lower = tag.toLowerCase();
  return term.langs[lower] ?? term.langs[lower.split("-")[0]!];
}

// The rules ask for the keys of the glossary's own phrases again and again (glossary/inconsistent
// for every term it meets), and a key costs an array of its characters: keys are remembered.
/** Case-folded, space-collapsed key under which a phrase is looked up. */
export const phraseKey: (text: string) => string = remembered(
  (text) => [...text.replace(/\s+/gu, " ").trim()].map((c) => (c.length === 1 ? foldUnit(c) : c)).join(""), 100_000);

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const indexOf = perGlossary((glossary, tag): Index => {
  const byKey = new Map<string, Phrase>();
  for (const role of ROLE_ORDER) {
    for (const term of glossary.terms) {
      const entry = entryFor(term, tag);
      if (!entry) continue;
      const phrases = role === "use" ? [entry.use] : role === "form" ? entry.forms : entry[role];
      for (const phrase of phrases) {
        const key = phraseKey(phrase);
        if (!byKey.has(key)) byKey.set(key, { phrase, role, term, entry });
      }
    }
  }
  // One automaton for all phrases: leftmost, then longest, so "Chicken Kiev" wins over "Kiev".
  return { automaton: buildAutomaton([...byKey.keys()]), phrases: [...byKey.values()] };
});

/** Every glossary phrase of the language in `text`, leftmost-longest, on word boundaries. */
export function matchTerms(glossary: Glossary, tag: string, text: string): TermMatch[] {
  const index = indexOf(glossary, tag);
  return index.automaton.match(text).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), ...index.phrases[m.pattern]! }));
}

// Per glossary and language, each term's test, made when the term is first asked for.
const termTests = perGlossary((): Map<GlossaryTerm, ((text: string) => boolean) | null> => new Map());

/** True when any form of a term (required, accepted, inflected or avoided) is in the text, as whole words. */
export function termPresent(glossary: Glossary, tag: string, term: GlossaryTerm, text: string): boolean {
  const tests = termTests(glossary, tag);
  let test = tests.get(term);
  if (test === undefined) {
    const entry = entryFor(term, tag);
    const phrases = entry ? [entry.use, ...entry.also, ...entry.forms, ...entry.avoid] : [];
    const alternatives = phrases.map((p) => phraseKey(p).split(" ").map(escapeRegExp).join("\\s+"));
    test = alternatives.length === 0 ? null : wholeWordTest(alternatives.join("|"));
    tests.set(term, test);
  }
  return test !== null && test(text);
}
