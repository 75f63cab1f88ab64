// Every check, one line each. Add a rule: write src/checks/<family>-<name>.ts and list it here.
import type { Check, RuleInfo } from "../types.js";
import { alignCodes } from "./align-codes.js";
import { alignExtra } from "./align-extra.js";
import { alignLength } from "./align-length.js";
import { alignMissing } from "./align-missing.js";
import { alignNumbers } from "./align-numbers.js";
import { alignStale } from "./align-stale.js";
import { alignUntranslated } from "./align-untranslated.js";
import { glossaryExpansion } from "./glossary-expansion.js";
import { glossaryInconsistent } from "./glossary-inconsistent.js";
import { glossaryMissing } from "./glossary-missing.js";
import { glossaryTerm } from "./glossary-term.js";
import { quotesMisplaced } from "./quotes-misplaced.js";
import { quotesStyle } from "./quotes-style.js";
import { quotesUnbalanced } from "./quotes-unbalanced.js";
import { ENGINE_RULES } from "./run.js";
import { strayEmbed } from "./stray-embed.js";
import { strayMarkup } from "./stray-markup.js";
import { strayMojibake } from "./stray-mojibake.js";
import { textRepeatedWord } from "./text-repeated-word.js";
import { textSentenceCase } from "./text-sentence-case.js";
import { textWhitespace } from "./text-whitespace.js";

export const checks: readonly Check[] = [
  glossaryTerm,
  glossaryExpansion,
  glossaryInconsistent,
  glossaryMissing,
  quotesUnbalanced,
  quotesMisplaced,
  quotesStyle,
  strayEmbed,
  strayMarkup,
  strayMojibake,
  textSentenceCase,
  textRepeatedWord,
  textWhitespace,
  alignMissing,
  alignExtra,
  alignUntranslated,
  alignNumbers,
  alignLength,
  alignStale,
  alignCodes,
];

/** What a report tells of the rules `ran` and of the engine's own. */
export function ruleCatalog(ran: readonly Check[]): RuleInfo[] {
  return [
    ...ran.map((c) => ({ id: c.id, severity: c.severity, summary: c.docs.summary, bad: c.docs.bad, good: c.docs.good })),
    ...Object.entries(ENGINE_RULES).map(([id, summary]) => ({ id, severity: "warning" as const, summary, engine: true as const })),
  ];
}
