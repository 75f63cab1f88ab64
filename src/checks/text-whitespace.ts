import { scriptOf } from "../language/scripts.js";
import { mayMatch, mayMatchFrench, WHITESPACE_PATTERNS } from "../language/spacing.js";
import { matchesOf } from "../matches.js";
import type { TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

const NBSP = "\u00A0";
const { DOUBLE, EDGE, BEFORE_PUNCT, BEFORE_COMMA, INSIDE_BRACKETS, FRENCH_TIGHT } = WHITESPACE_PATTERNS;
const EUROPEAN = ["Latn", "Cyrl", "Grek", "Armn", "Geor"];

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
      if (!mayMatch(block.text)) {
        if (french && mayMatchFrench(block.text)) yield* frenchSpaces(block);
        continue; // nothing else to find
      }
      yield* spaces(block, DOUBLE, "double", " ");
      // In Markdown a trailing space is part of the syntax, so only plain lines are checked.
      yield* spaces(block, EDGE, "edge", "");
      for (const m of european ? matchesOf(french ? BEFORE_COMMA : BEFORE_PUNCT, block.text) : []) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "beforePunctuation" as const,
          values: { mark: m[1]! }, suggestion: m[1]!, safe: true };
      }
      for (const m of matchesOf(INSIDE_BRACKETS, block.text)) {
        yield { block, start: m.index, end: m.index + m[0].length, message: "insideBrackets" as const,
          suggestion: m[0].trim(), safe: true };
      }
      if (french) yield* frenchSpaces(block);
    }
  },
});

function* frenchSpaces(block: TextBlock) {
  for (const m of matchesOf(FRENCH_TIGHT, block.text)) {
    yield { block, start: m.index, end: m.index + m[0].length, message: "frenchSpace" as const,
      values: { mark: m[1]! }, suggestion: `${NBSP}${m[1]!}`, safe: true };
  }
}

function* spaces(block: TextBlock, pattern: RegExp, message: "double" | "edge", replacement: string) {
  for (const m of matchesOf(pattern, block.text)) {
    yield { block, start: m.index, end: m.index + m[0].length, message, suggestion: replacement, safe: true };
  }
}
