import { type Automaton, buildAutomaton } from "../glossary/automaton.js";
import { entryFor, escapeRegExp, perGlossary, phraseKey } from "../glossary/match.js";
import { wordsBefore } from "../language/words-before.js";
import { matchesOf } from "../matches.js";
import type { TermEntry } from "../types.js";
import { defineCheck } from "./define.js";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}]+)*/gu;
// Enough of a word to meet its inflections: Федеральная/Федеральной, Service/Services.
const STEM = 5;

const stems = (text: string) => matchesOf(WORD, text).map((m) => m[0].toLowerCase().slice(0, STEM));
const wordsOf = (text: string) => matchesOf(WORD, text).map((m) => m[0].toLowerCase());

// Inflection changes a word's ending, a few letters at most (Föderaler/Föderalen,
// Sicherheitsdienst/Sicherheitsdienstes, служба/службы); it never changes the head of a
// compound (Sicherheitsbüro) or the stem of an adjective (Föderativer).
const INFLECTION = 3;
function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return a.length - common <= INFLECTION && b.length - common <= INFLECTION && common >= Math.min(4, a.length, b.length);
}

/** True when the words hold the expansion's words in order, each in some inflected form. */
function holds(words: readonly string[], expansion: readonly string[]): boolean {
  for (let at = 0; at + expansion.length <= words.length; at++) {
    if (expansion.every((e, k) => sameWord(words[at + k]!, e))) return true;
  }
  return false;
}

/**
 * True when `words` is meant as the acronym's expansion but isn't one: it reads like a name
 * (capitalised, several words) and shares a word or the initials with a right expansion.
 */
function wrongExpansion(words: string, acronym: Acronym, lang: string): boolean {
  const found = stems(words);
  if (found.length < 2 || !/^\p{Lu}/u.test(words.trim())) return false;
  // English capitalises every main word of a name: "Russian volunteers (RDK)" describes, it
  // does not expand.
  if (lang === "en" && matchesOf(WORD, words).some((m) => m[0].length >= 4 && !/^\p{Lu}/u.test(m[0]))) return false;
  // "Le Service de sécurité d’Ukraine (SBU)", "FSB (Federal Security Service of Russia)": the
  // right words with an article before or a qualifier after.
  const written = wordsOf(words);
  if (acronym.expansionWords.some((e) => holds(written, e))) return false;
  const initials = matchesOf(WORD, words).map((m) => m[0][0]!.toUpperCase()).join("");
  const sharesWord = acronym.expansionStems.some((r) => r.some((s) => s.length >= 4 && found.includes(s)));
  return sharesWord || initials === acronym.entry.use.toUpperCase();
}

// Enough characters before "(FSB)" to hold the longest expansion.
const LOOK_BACK = 160;
const AFTER = /\s*\(([^()\n]{3,120})\)/y;

// An acronym's entry, with how many words before "(FSB)" may expand it (as many as its longest
// expansion has), and its expansions' words and stems, read once.
type Acronym = Readonly<{ entry: TermEntry; longest: number; expansionWords: readonly string[][]; expansionStems: readonly string[][] }>;
type Acronyms = Readonly<{ automaton: Automaton; entries: readonly (readonly Acronym[])[]; anyUse: RegExp }>;

/** One automaton for every acronym of the language that has an expansion, built once. */
const acronymsOf = perGlossary((glossary, tag): Acronyms => {
  const byKey = new Map<string, Acronym[]>();
  for (const term of glossary.terms) {
    const entry = entryFor(term, tag);
    if (!entry || entry.expansion.length === 0) continue;
    const longest = Math.max(1, ...entry.expansion.map((e) => stems(e).length));
    const key = phraseKey(entry.use);
    const acronym = { entry, longest, expansionWords: entry.expansion.map(wordsOf), expansionStems: entry.expansion.map(stems) };
    const same = byKey.get(key);
    if (same) same.push(acronym);
    else byKey.set(key, [acronym]);
  }
  const entries = [...byKey.values()];
  // Every acronym as the glossary writes it, in one pattern: one search of a paragraph, not one a use.
  const uses = [...new Set(entries.flat().map((a) => a.entry.use))];
  return { automaton: buildAutomaton([...byKey.keys()]), entries, anyUse: new RegExp(uses.map(escapeRegExp).join("|")) };
});

type Expansion = { start: number; end: number; text: string; words: string; entry: TermEntry };

/** "FSB (words)" and "words (FSB)" where the words are a wrong expansion: one pass over the text. */
function* expansionsIn(text: string, acronyms: Acronyms, lang: string): Generator<Expansion> {
  for (const m of acronyms.automaton.match(text)) {
    for (const acronym of acronyms.entries[m.pattern]!) {
      const { entry } = acronym;
      // An acronym is written as the glossary writes it: "un" is not the UN.
      if (text.slice(m.start, m.end) !== entry.use) continue;
      AFTER.lastIndex = m.end;
      const after = AFTER.exec(text);
      if (after && wrongExpansion(after[1]!, acronym, lang)) {
        yield { start: m.start, end: AFTER.lastIndex, text: `${entry.use} (${entry.expansion[0]})`, words: after[1]!, entry };
      }
      if (text[m.start - 1] !== "(" || text[m.end] !== ")") continue;
      const at = m.start - 1;
      const words = wordsBefore(text, Math.max(0, at - LOOK_BACK), at, acronym.longest);
      if (words === -1) continue;
      const capital = text.slice(words, at).search(/\p{Lu}/u);
      if (capital === -1) continue;
      const start = words + capital;
      const named = text.slice(start, at).trim();
      if (wrongExpansion(named, acronym, lang)) {
        yield { start, end: m.end + 1, text: `${entry.expansion[0]} (${entry.use})`, words: named, entry };
      }
    }
  }
}

export const glossaryExpansion = defineCheck({
  id: "glossary/expansion",
  severity: "error",
  messages: ["wrong"],
  docs: {
    summary: "An acronym expanded wrongly, as `X (wrong words)` or `wrong words (X)`.",
    bad: "Offices of the FSB (Federal Security Bureau) were hit.",
    good: "Offices of the FSB (Federal Security Service) were hit.",
  },
  *run({ lang, tag, blocks, glossary }) {
    const acronyms = acronymsOf(glossary, tag);
    if (acronyms.entries.length === 0) return;
    for (const block of blocks) {
      // An acronym counts only as the glossary writes it: a text without one (most) needs no matching.
      if (!acronyms.anyUse.test(block.text)) continue;
      for (const found of expansionsIn(block.text, acronyms, lang)) {
        yield {
          block, start: found.start, end: found.end, message: "wrong",
          values: { acronym: found.entry.use, found: found.words, expansion: found.entry.expansion[0]! },
          suggestion: found.text, safe: false,
        };
      }
    }
  },
});
