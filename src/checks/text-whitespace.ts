import { scriptOf } from "../language/scripts.js";
import type { TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

const NBSP = "\u00A0";
const EUROPEAN = ["Latn", "Cyrl", "Grek", "Armn", "Geor"];
const DOUBLE = /(?<=\S)[ \t\u00A0\u202F]{2,}(?=\S)|\t/gu;
const EDGE = /^[ \t]+|[ \t]+$/gu;
// A space before , . ; : ! ? that ends a clause (". NET" and " .5" are left alone).
const BEFORE_PUNCT = /(?<=[\p{L}\p{N}”’“»«)\]])[ \t]+([,.;:!?])(?=$|[\s”’»)\]"])/gu;
const BEFORE_COMMA = /(?<=[\p{L}\p{N}”’“»«)\]])[ \t]+([,.])(?=$|[\s”’»)\]"])/gu;
const INSIDE_BRACKETS = /[([¿¡][ \t]+|[ \t]+[)\]]/gu;
// French: a (no-break) space before ; : ! ? — "Pourquoi ?" — not in "14:30" or "https://".
const FRENCH_TIGHT = /(?<=[\p{L}\p{N}»)])([;:!?]+)(?=$|[\s”»)"])/gu;
// What a block must hold for any pattern above to match, found in one scan with no look-behind
// (each look-behind is tried at every character): two spaces or a tab, a space at either end,
// before punctuation or a closing bracket, or after an opening one. Most paragraphs hold none.
const ANY = /[ \t\u00A0\u202F]{2}|\t|^[ \t]|[ \t]$|[ \t][,.;:!?)\]]|[([¿¡][ \t]/u;
const FRENCH_MARK = /[;:!?]/u;

/** The patterns, for the test that holds the filter below to them. */
export const WHITESPACE_PATTERNS = { DOUBLE, EDGE, BEFORE_PUNCT, BEFORE_COMMA, INSIDE_BRACKETS, FRENCH_TIGHT } as const;

/** Whether any pattern but FRENCH_TIGHT may match the text, and whether FRENCH_TIGHT may. */
export const mayMatch = (text: string): { any: boolean; french: boolean } => ({ any: ANY.test(text), french: FRENCH_MARK.test(text) });

export const textWhitespace = defineCheck({
  id: "text/whitespace",
  severity: "warning",
  messages: ["double", "edge", "beforePunctuation", "insideBrackets", "frenchSpace"],
  docs: {
    summary: "Doubled spaces, a space before punctuation, and French spacing before ; : ! ?",
    bad: "Moscow  said the attack ( at dawn ) failed , Gladkov added .",
    good: "Moscow said the attack (at dawn) failed, Gladkov added: “Nothing was hit.”",
  },
  *run({ lang, tag, blocks }) {
    const french = lang === "fr";
    // A space before , . ; : ! ? is wrong in the European typographies (French aside); Marathi
    // writes "कलम १ :", and other scripts have their own punctuation.
    const european = EUROPEAN.includes(scriptOf(tag) ?? "");
    for (const block of blocks) {
      const suspect = ANY.test(block.text);
      if (!suspect && !(french && FRENCH_MARK.test(block.text))) continue; // nothing to find
      if (!suspect) {
        yield* frenchSpaces(block);
        continue;
      }
      yield* spaces(block, DOUBLE, "double", " ");
      // In Markdown a trailing space is part of the syntax, so only plain lines are checked.
      yield* spaces(block, EDGE, "edge", "");
      for (const m of european ? block.text.matchAll(french ? BEFORE_COMMA : BEFORE_PUNCT) : []) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "beforePunctuation" as const,
          values: { mark: m[1]! }, suggestion: m[1]!, safe: true };
      }
      for (const m of block.text.matchAll(INSIDE_BRACKETS)) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "insideBrackets" as const,
          suggestion: m[0].trim(), safe: true };
      }
      if (french) yield* frenchSpaces(block);
    }
  },
});

function* frenchSpaces(block: TextBlock) {
  for (const m of block.text.matchAll(FRENCH_TIGHT)) {
    yield { block, start: m.index, end: m.index + m[0].length, message: "frenchSpace" as const,
      values: { mark: m[1]! }, suggestion: `${NBSP}${m[1]!}`, safe: true };
  }
}

function* spaces(block: TextBlock, pattern: RegExp, message: "double" | "edge", replacement: string) {
  for (const m of block.text.matchAll(pattern)) {
    yield { block, start: m.index, end: m.index + m[0].length, message, suggestion: replacement, safe: true };
  }
}
