// What of a text survives translation: its length, its numbers, its names and shared words.
export type Features = Readonly<{
  length: number; // characters, spaces folded
  words: readonly string[]; // folded content words (≥ 3 letters), names and numbers, deduplicated
  heading: boolean;
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
export function fold(word: string): string {
  const lower = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return /[\u0400-\u04FF]/u.test(lower) ? [...lower].map((c) => CYRILLIC[c] ?? c).join("") : lower;
}

/** "1.000", "1,000" and "1000" are one number; so are "5,5" and "5.5" — digits alone decide. */
export function normaliseNumber(token: string): string {
  return token.replace(/[^\p{N}]/gu, "").replace(/^0+(?=\d)/u, "");
}

export function featuresOf(text: string, heading = false): Features {
  const words = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (/^\p{N}/u.test(token)) {
      words.add(`#${normaliseNumber(token)}`);
    } else if (token.length >= 3) {
      words.add(fold(token));
    }
  }
  return {
    length: text.replace(/\s+/gu, " ").trim().length,
    words: [...words],
    heading,
  };
}
