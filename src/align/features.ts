// What of a text survives translation: its length, its numbers, its names and shared words.
export type Features = Readonly<{
  length: number; // characters, spaces folded
  words: readonly string[]; // folded content words (≥ 3 letters), names and numbers, deduplicated
  numbers: readonly string[];
  quotes: number; // quotation marks
  heading: boolean;
}>;

const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}]+/gu;
const QUOTE = /[“”„«»‘‚"]/gu;

/** Folds case and diacritics: "Expédition" and "Expedition" meet. */
export function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** "1.000", "1,000" and "1000" are one number; so are "5,5" and "5.5" — digits alone decide. */
export function normaliseNumber(token: string): string {
  return token.replace(/[^\p{N}]/gu, "").replace(/^0+(?=\d)/u, "");
}

export function featuresOf(text: string, heading = false): Features {
  const words = new Set<string>();
  const numbers: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (/^\p{N}/u.test(token)) {
      const number = normaliseNumber(token);
      numbers.push(number);
      words.add(`#${number}`);
    } else if (token.length >= 3) {
      words.add(fold(token));
    }
  }
  return {
    length: text.replace(/\s+/gu, " ").trim().length,
    words: [...words],
    numbers,
    quotes: text.match(QUOTE)?.length ?? 0,
    heading,
  };
}
