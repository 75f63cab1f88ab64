import { memo } from "../article/block-memo.js";
import { embedShield } from "../article/embeds.js";
import { matchTerms } from "../glossary/match.js";
import { defineCheck } from "./define.js";

// A lower-case `use` may open a sentence; an all-caps headline may shout any term; and an
// acronym written all in lower case is another word: "un" is not the UN, "nato" not NATO.
function caseIsFine(found: string, phrase: string, blockText: string): boolean {
  if (found === phrase) return true;
  if (phrase === phrase.toUpperCase() && found === found.toLowerCase()) return true;
  const capitalised = phrase[0]!.toUpperCase() + phrase.slice(1);
  if (found === capitalised) return true;
  return found === phrase.toUpperCase() && !/\p{Ll}/u.test(blockText);
}

/** Keeps the case the author gave an avoided form: "KIEV" -> "KYIV", "kiev" -> "kyiv". */
function matchCase(replacement: string, found: string): string {
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) return replacement.toUpperCase();
  return replacement;
}

export const glossaryTerm = defineCheck({
  id: "glossary/term",
  severity: "error",
  messages: ["avoid", "case"],
  docs: {
    summary: "A form the glossary says to avoid, or a glossary term written in the wrong case.",
    bad: "Drones flew over Kiev and kyiv.",
    good: "Drones flew over Kyiv, a dish called Chicken Kiev notwithstanding.",
  },
  *run({ tag, blocks, glossary }) {
    const shielded = embedShield(blocks);
    for (const block of blocks) {
      for (const m of memo(block, ["terms", glossary, tag], () => matchTerms(glossary, tag, block.text))) {
        if (shielded(block, m.start, m.end)) continue;
        if (m.role === "avoid") {
          yield {
            block, start: m.start, end: m.end, message: "avoid",
            values: { found: m.text, use: m.entry.use, note: m.term.note ?? "" },
            suggestion: matchCase(m.entry.use, m.text),
            // Inflected languages need the right case ending, which only a person can pick.
            safe: m.entry.forms.length === 0,
          };
        } else if (m.role !== "except" && !caseIsFine(m.text, m.phrase, block.text)) {
          yield {
            block, start: m.start, end: m.end, message: "case",
            values: { found: m.text, use: m.phrase },
            suggestion: m.phrase, safe: true,
          };
        }
      }
    }
  },
});
