// Which language a text is written in, for a paragraph or a sentence left untranslated. franc
// reads a paragraph (it needs some sixty letters to be sure); ELD (Efficient Language Detector) is
// built for text as short as a tweet, and its smallest model reads a sentence well (99.3% on
// tweets, by its own benchmark). Both are loaded only for articles that have a source to compare
// with: together they cost 36 MB and a fifth of a second, which a lone article never pays.
// franc's models are read from its package; its scores are computed by trigram-scores.ts.
import { trigramScorer } from "./trigram-scores.js";

type Detector = Readonly<{ detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean } }>;
type Scorer = (text: string, only: readonly string[]) => [string, number][];

let detector: Detector | undefined;
let scorer: Scorer | undefined;
let loading: Promise<void> | undefined;

/** Loads the identifiers once; call before checking a translation against its source. */
export function loadIdentifier(): Promise<void> {
  loading ??= Promise.all([import("eld/extrasmall"), import("franc/data.js"), import("franc/expressions.js")]).then(([eld, models, scripts]) => {
    detector = eld.eld;
    scorer = trigramScorer(models.data, scripts.expressions);
  });
  return loading;
}

/**
 * franc's scores for a paragraph among `only` (ISO 639-3 codes), best first, 1 the best; empty
 * until loadIdentifier() has run.
 */
export function paragraphScores(text: string, only: readonly string[]): [string, number][] {
  return scorer ? scorer(text, only) : [];
}

// The languages its model knows (ISO 639-1).
const IDENTIFIED: ReadonlySet<string> = new Set(["am", "ar", "az", "be", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi",
  "fr", "gu", "he", "hi", "hr", "hu", "hy", "is", "it", "ja", "ka", "kn", "ko", "ku", "lo", "lt", "lv", "ml", "mr", "ms", "nl",
  "no", "or", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "yo", "zh"]);

// Its codes for languages a tag names otherwise: Norwegian Bokmål and Nynorsk are "no".
const code = (lang: string) => (lang === "nb" || lang === "nn" ? "no" : lang);

/** True when the identifier is loaded and knows the language. */
export function identifies(lang: string): boolean {
  return detector !== undefined && IDENTIFIED.has(code(lang));
}

/**
 * How much more a text reads as `other` than as `lang`, in the identifier's own scores; 0 when
 * it reads as `lang`, or cannot tell.
 */
export function leansTo(text: string, lang: string, other: string): number {
  if (!detector) return 0;
  const result = detector.detect(text);
  if (result.language !== code(other) || !result.isReliable()) return 0;
  const scores = result.getScores();
  return (scores[code(other)] ?? 0) - (scores[code(lang)] ?? 0);
}

/** Which languages' untranslated sentences bitext can tell (the identifier's, by their tags). */
export const identifiable = (lang: string): boolean => IDENTIFIED.has(code(lang));
