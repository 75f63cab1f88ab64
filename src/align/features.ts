// What of a text survives translation: its length, its numbers, its names and shared words.
import { type NumberToken, numbersIn } from "../language/numbers.js";
import { matchesOf } from "../matches.js";
import { remembered } from "../remembered.js";
import { endsSentence } from "../segment/sentences.js";
export type Features = Readonly<{
  length: number; // characters, spaces folded
  words: readonly string[]; // folded content words (≥ 3 letters), names and numbers, deduplicated
  numbers: readonly string[]; // the numbers among the words ("#3")
  heading: boolean;
  open: boolean; // ends without final punctuation: a lead-in ("Considering that:") or a fragment
}>;

const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}]+/gu;

// Cyrillic written in Latin letters (close to the Ukrainian and Russian national systems), so
// that names meet across scripts: Кіпер ~ Kiper, Одеса ~ Odesa, Зеленський ~ Zelenskyi.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", ё: "e", ы: "y", э: "e", ъ: "", "’": "", "'": "",
};

/** Folds case, diacritics and script: "Expédition" and "Expedition" meet, so do "Одеса" and "Odesa". */
export const fold: (word: string) => string = remembered((word) => {
  const lower = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return /[\u0400-\u04FF]/u.test(lower) ? [...lower].map((c) => CYRILLIC[c] ?? c).join("") : lower;
}, 100_000);

/** "1.000", "1,000" and "1000" are one number; so are "5,5" and "5.5" — digits alone decide. */
export function normaliseNumber(token: string): string {
  return token.replace(/[^\p{N}]/gu, "").replace(/^0+(?=\d)/u, "");
}

/**
 * A unit's length and words. With its language, numbers are read as that language writes them
 * (第三条, ٣, १२३, "Article premier"): the same "#3" on both sides of a translation; `read` gives
 * them when they have been read already (numbersIn with label: heading or 24 characters at most).
 */
export function featuresOf(text: string, heading = false, lang?: string, read?: readonly NumberToken[]): Features {
  const words = new Set<string>();
  const numbers = new Set<string>();
  if (lang) {
    for (const n of read ?? numbersIn(text, lang, { label: heading || text.length <= 24 })) numbers.add(`#${n.value}`);
  }
  for (const m of matchesOf(TOKEN, text)) {
    const token = m[0];
    if (/^\p{N}/u.test(token)) {
      if (!lang) numbers.add(`#${normaliseNumber(token)}`);
    } else if (token.length >= 3) {
      words.add(fold(token));
    }
  }
  for (const n of numbers) words.add(n);
  return {
    length: text.replace(/\s+/gu, " ").trim().length,
    words: [...words],
    numbers: [...numbers],
    heading,
    open: !endsSentence(text),
  };
}
