// Every check, one line each. Add a rule: write src/checks/<family>-<name>.ts and list it here.
import type { Check } from "../types.js";
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

