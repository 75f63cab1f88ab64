// Numbers as each language writes them, reduced to one canonical form so that a source and its
// translation can be compared: "1.000" (es, de) = "1,000" (en) = "1 000" (fr); "5,5" = "5.5";
// "24 de mayo" = "May 24" (24 either way); "siglo XXI" = "21st century".

export type NumberToken = Readonly<{ start: number; end: number; raw: string; value: string; word?: boolean }>;

// Numbers written as words, which a translation may use for a source's digits ("30 km" as
// "une trentaine de kilomètres"). They can answer a number; they are never reported alone.
const WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12 },
  es: { uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
    doce: 12, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, docena: 12, decena: 10, veintena: 20, treintena: 30, centenar: 100 },
  fr: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, douzaine: 12, dizaine: 10,
    vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100 },
  de: { ein: 1, eine: 1, eins: 1, zwei: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, "zwölf": 12, zwanzig: 20, "dreißig": 30, dreissig: 30, vierzig: 40, "fünfzig": 50, hundert: 100, dutzend: 12 },
  uk: { "один": 1, "одна": 1, "одне": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п’ять": 5, "п'ять": 5, "шість": 6,
    "шести": 6, "сім": 7, "вісім": 8, "дев’ять": 9, "десять": 10, "двадцять": 20, "тридцять": 30, "сорок": 40,
    "п’ятдесят": 50, "сто": 100 },
  ru: { "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "шести": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100 },
};
const WORD = /[\p{L}’']+/gu;

// Thousands separators: a comma (en), a period (es, de, it, pt), spaces (fr, uk, ru: a no-break
// space, or a plain one between groups of three).
const DECIMAL_COMMA = new Set(["es", "fr", "de", "it", "pt", "uk", "ru", "pl", "nl", "ca", "ro", "cs"]);
const SPACE_GROUPS = new Set(["fr", "uk", "ru", "pl", "cs"]);

const NUMBER = /(?<![\p{L}\p{N}.,])\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?:[.,]\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{N}])/gu;
// Roman numerals as centuries and regnal numbers write them (siglo XXI, XXe siècle, Elizabeth II);
// DC, CD, MI and the like are far likelier to be abbreviations.
const ROMAN = /(?<![\p{L}\p{N}])(?=[MDCLXVI]{2,}(?:e|er|re|ème)?(?![\p{L}\p{N}]))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?=(?:e|er|re|ème)?(?![\p{L}\p{N}]))/gu;
const NOT_ROMAN = new Set(["MI", "XL", "CIV", "LIV", "MIX", "DIV", "CLI", "DIX", "MIL", "CIL", "DC", "CD", "MD", "MM", "CC", "LL", "DCC"]);
const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function canonical(raw: string, lang: string): string {
  let text = raw.replace(/[\u00A0\u202F ]/gu, (space) => (SPACE_GROUPS.has(lang) || space !== " " ? "" : space));
  if (text.includes(" ")) text = text.replace(/ /gu, "");
  const decimalComma = DECIMAL_COMMA.has(lang);
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let integer = text;
  let fraction = "";
  if (lastDot !== -1 && lastComma !== -1) {
    const at = Math.max(lastDot, lastComma);
    integer = text.slice(0, at);
    fraction = text.slice(at + 1);
  } else if (lastDot !== -1 || lastComma !== -1) {
    const at = Math.max(lastDot, lastComma);
    const sep = text[at]!;
    const groups = text.split(sep);
    const grouping = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
    const isDecimal = sep === (decimalComma ? "," : ".") ? !(grouping && groups.length > 2) : !grouping;
    if (isDecimal) {
      integer = text.slice(0, at);
      fraction = text.slice(at + 1);
    }
  }
  integer = integer.replace(/[^\d]/gu, "").replace(/^0+(?=\d)/u, "");
  fraction = fraction.replace(/0+$/u, "");
  return fraction ? `${integer}.${fraction}` : integer;
}

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUE[roman[i]!]!;
    const next = ROMAN_VALUE[roman[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

// Words that multiply the number before them: "40 mil", "40 тисяч", "2,5 Mio.", "30 millones".
const SCALE: readonly [RegExp, number][] = [
  [/^\s*(?:thousand|mil|mille|tausend|тис(?:\.|яч[аіи]?)|тыс(?:\.|яч[аи]?)?)(?![\p{L}])/iu, 1e3],
  [/^\s*(?:million|millions|millón|millones|mio\.?|millionen?|мільйон(?:а|ів)?|млн\.?|миллион(?:а|ов)?)(?![\p{L}])/iu, 1e6],
  [/^\s*(?:billion|billions|mil millones|milliards?|mrd\.?|milliarden?|мільярд(?:а|ів)?|млрд\.?|миллиард(?:а|ов)?)(?![\p{L}])/iu, 1e9],
];

function scaled(value: string, after: string): string {
  for (const [pattern, factor] of SCALE) {
    if (!pattern.test(after)) continue;
    const [integer = "0", fraction = ""] = value.split(".");
    const digits = Math.log10(factor);
    const moved = (integer + fraction.padEnd(digits, "0").slice(0, digits)).replace(/^0+(?=\d)/u, "");
    const rest = fraction.slice(digits).replace(/0+$/u, "");
    return rest ? `${moved}.${rest}` : moved;
  }
  return value;
}

/** Every number of a text with its canonical value. */
export function numbersIn(text: string, lang: string): NumberToken[] {
  const found: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let raw = m[0];
    // "5 100 soldiers" in English is two numbers; a plain space groups digits only where it may.
    if (/ /u.test(raw) && !SPACE_GROUPS.has(lang)) raw = raw.split(" ")[0]!;
    const end = m.index + raw.length;
    found.push({ start: m.index, end, raw, value: scaled(canonical(raw, lang), text.slice(end, end + 16)) });
    if (raw !== m[0]) {
      let at = m.index + raw.length;
      for (const part of m[0].slice(raw.length).split(" ").filter(Boolean)) {
        at = text.indexOf(part, at);
        found.push({ start: at, end: at + part.length, raw: part, value: canonical(part, lang) });
        at += part.length;
      }
    }
  }
  for (const m of text.matchAll(ROMAN)) {
    if (m[0] === "" || NOT_ROMAN.has(m[0]) || !/[IVX]/u.test(m[0])) continue;
    found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], value: String(romanValue(m[0])) });
  }
  const words = WORDS[lang];
  if (words) {
    for (const m of text.matchAll(WORD)) {
      const value = words[m[0].toLowerCase()];
      if (value !== undefined) found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], value: String(value), word: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
