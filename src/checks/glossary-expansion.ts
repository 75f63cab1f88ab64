import { entryFor, escapeRegExp } from "../glossary/match.js";
import type { TermEntry, TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}]+)*/gu;
// Enough of a word to meet its inflections: Федеральная/Федеральной, Service/Services.
const STEM = 5;

const stems = (text: string) => [...text.matchAll(WORD)].map((m) => m[0].toLowerCase().slice(0, STEM));

/**
 * True when `words` is meant as the acronym's expansion but isn't one: it reads like a name
 * (capitalised, several words) and shares a word or the initials with a right expansion.
 */
function wrongExpansion(words: string, acronym: string, expansions: readonly string[], lang: string): boolean {
  const found = stems(words);
  if (found.length < 2 || !/^\p{Lu}/u.test(words.trim())) return false;
  // English capitalises every main word of a name: "Russian volunteers (RDK)" describes, it
  // does not expand.
  if (lang === "en" && [...words.matchAll(WORD)].some((m) => m[0].length >= 4 && !/^\p{Lu}/u.test(m[0]))) return false;
  const right = expansions.map(stems);
  // "Le Service de sécurité d’Ukraine (SBU)", "FSB (Federal Security Service of Russia)": the
  // right words with an article before or a qualifier after.
  const joined = ` ${found.join(" ")} `;
  if (right.some((r) => joined.includes(` ${r.join(" ")} `))) return false;
  const initials = [...words.matchAll(WORD)].map((m) => m[0][0]!.toUpperCase()).join("");
  const sharesWord = right.some((r) => r.some((s) => s.length >= 4 && found.includes(s)));
  return sharesWord || initials === acronym.toUpperCase();
}

// Enough characters before "(FSB)" to hold the longest expansion.
const LOOK_BACK = 160;

function* expansionsIn(block: TextBlock, entry: TermEntry, lang: string) {
  const acronym = escapeRegExp(entry.use);
  const after = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}\\s*\\(([^()\\n]{3,120})\\)`, "gu");
  for (const m of block.text.matchAll(after)) {
    if (wrongExpansion(m[1]!, entry.use, entry.expansion, lang)) {
      yield { start: m.index, end: m.index + m[0].length, text: `${entry.use} (${entry.expansion[0]})`, words: m[1]! };
    }
  }
  // Look back from each "(FSB)" only, so a long paragraph costs one scan for the acronym.
  const longest = Math.max(...entry.expansion.map((e) => stems(e).length));
  const wordsBefore = new RegExp(`(?:[\\p{L}\\p{M}\\p{N}'’-]+\\s+){1,${longest}}$`, "u");
  const marker = `(${entry.use})`;
  for (let at = block.text.indexOf(marker); at !== -1; at = block.text.indexOf(marker, at + 1)) {
    const from = Math.max(0, at - LOOK_BACK);
    const m = wordsBefore.exec(block.text.slice(from, at));
    if (!m) continue;
    const capital = m[0].search(/\p{Lu}/u);
    if (capital === -1) continue;
    const start = from + m.index + capital;
    const named = block.text.slice(start, at).trim();
    if (wrongExpansion(named, entry.use, entry.expansion, lang)) {
      yield { start, end: at + marker.length, text: `${entry.expansion[0]} (${entry.use})`, words: named };
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
    const entries = glossary.terms.map((term) => entryFor(term, tag)).filter((e): e is TermEntry => e !== undefined && e.expansion.length > 0);
    for (const block of blocks) {
      for (const entry of entries) {
        for (const found of expansionsIn(block, entry, lang)) {
          yield {
            block, start: found.start, end: found.end, message: "wrong",
            values: { acronym: entry.use, found: found.words, expansion: entry.expansion[0]! },
            suggestion: found.text, safe: false,
          };
        }
      }
    }
  },
});
