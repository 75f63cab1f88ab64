// Numbers as each language writes them, reduced to one canonical form so that a source and its
// translation can be compared: "1.000" (es, de) = "1,000" (en) = "1 000" (fr); "5,5" = "5.5";
// "24 de mayo" = "May 24" (24 either way); "siglo XXI" = "21st century"; "١٢٣" = "१२३" = "１２３"
// = 123; "140亿" = 14 000 000 000 = "Fourteen billion"; "第三条" = "Article 3"; "3 p.m." = "15 Uhr".
import { memo } from "../article/block-memo.js";
import { matchesOf } from "../matches.js";
import type { TextBlock } from "../types.js";
import { writtenMonths } from "./dates.js";
import { MONTHS_OF } from "./month-names.js";
import { hanNumbers, wordNumbers } from "./number-words.js";
import { type Unit, unitAfter, unitById } from "./units.js";

const FOOT = unitById("ft")!;

export type NumberToken = Readonly<{
  start: number;
  end: number;
  raw: string;
  /** The canonical value: "1000", "1.5", or "t15:30" for a time of day. */
  value: string;
  /** Other values the same text may mean: a clock time without a.m./p.m., a decade (1990s = 90s). */
  also?: readonly string[];
  /** Written as a word (or a letter numeral): it answers a number but is never reported alone. */
  word?: boolean;
  /** The unit after it, for quantities a translator may have converted. */
  unit?: Unit;
}>;

export type NumberOptions = Readonly<{
  /** The text is a heading or another short label, where letters may stand for numbers (סעיף ג). */
  label?: boolean;
}>;

// Thousands separators: a comma (en), a period (es, de, it, pt), spaces (fr, uk, ru: a no-break
// space, or a plain one between groups of three).
const DECIMAL_COMMA = new Set(["es", "fr", "de", "it", "pt", "uk", "ru", "pl", "nl", "ca", "ro", "cs", "sk", "sl", "hr", "sr",
  "bs", "bg", "el", "tr", "da", "nb", "nn", "no", "sv", "fi", "et", "lv", "lt", "hu", "id", "vi", "az", "kk", "be", "ka", "hy",
  "mk", "sq", "is", "gl", "eu", "af"]);
const SPACE_GROUPS = new Set(["fr", "uk", "ru", "pl", "cs", "sk", "bg", "sv", "fi", "nb", "nn", "no", "et", "lv", "lt", "hu",
  "be", "kk", "ka", "hy"]);

// Every Unicode decimal digit of the Basic Multilingual Plane, read as ASCII: Arabic-Indic ١٢٣,
// Persian ۱۲۳, Devanagari १२३, Bengali, Thai ๑๒๓, full-width １２３ … Unicode assigns each set as
// ten consecutive code points from 0 to 9.
let DIGITS: Uint8Array | undefined;
function digitTable(): Uint8Array {
  if (DIGITS) return DIGITS;
  const table = new Uint8Array(0x10000).fill(255);
  const nd = /\p{Nd}/u;
  let runStart = -1;
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (nd.test(String.fromCharCode(cp))) {
      if (runStart === -1 || !nd.test(String.fromCharCode(cp - 1))) runStart = cp;
      table[cp] = (cp - runStart) % 10;
    }
  }
  return (DIGITS = table);
}

/** The text with every decimal digit as ASCII, and Arabic separators (٫ ٬) as . and , — same length. */
export function asciiDigits(text: string): string {
  if (!/[^\x00-\x7F]/u.test(text)) return text;
  const table = digitTable();
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let replacement: string | undefined;
    if (table[code]! < 10) replacement = String(table[code]);
    else if (code === 0x066B) replacement = ".";
    else if (code === 0x066C) replacement = ",";
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return out + text.slice(from);
}

// Digits, with group separators and a decimal part. A Latin, Greek or Cyrillic letter right before
// them makes a code (A320, MH17), not a number; letters of scripts written without spaces (Han,
// kana, Thai) or that attach prefixes to numbers (Arabic و, Hebrew ב) do not.
const NOT_BEFORE = "(?<![\\p{N}.,\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Armenian}\\p{Script=Georgian}])";
const NUMBER = new RegExp(`${NOT_BEFORE}\\d{1,3}(?:[.,\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?(?!\\p{N})|${NOT_BEFORE}\\d+(?:[.,]\\d+)?(?!\\p{N})`, "gu");

// Roman numerals as centuries and regnal numbers write them (siglo XXI, XXe siècle, Elizabeth II);
// DC, CD, MI and the like are far likelier to be abbreviations.
const ROMAN = /(?<![\p{L}\p{N}])(?=[MDCLXVI]{2,}(?:e|er|re|ème)?(?![\p{L}\p{N}]))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?=(?:e|er|re|ème)?(?![\p{L}\p{N}]))/gu;
const ROMAN_PAIR = /[MDCLXVI]{2}/u;
const NOT_ROMAN = new Set(["MI", "XL", "CIV", "LIV", "MIX", "DIV", "CLI", "DIX", "MIL", "CIL", "DC", "CD", "MD", "MM", "CC", "LL", "DCC"]);
const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_LETTER = /(?<![\p{L}\p{N}])[IVX](?![\p{L}\p{N}])/gu;

// Clock times: 15:30, 3.30 p.m., 15h30, 3 pm, 15 Uhr. Without a.m. or p.m. a time up to 12 may
// be either half of the day.
const MERIDIEM = "(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)(?![\\p{L}])";
const CLOCK_WORDS = "(?:Uhr|h|heures?|horas?|hs|hrs|ore|godz\\.?|часов|часа|час|години|годині|saat)(?![\\p{L}])";
const TIME = new RegExp(
  `(?<![\\p{N}.,:])(\\d{1,2})(?:(:|\\s?h\\s?)(\\d{2})(?:\\s?${MERIDIEM})?|\\.(\\d{2})\\s?(?:${MERIDIEM}|${CLOCK_WORDS})|\\s?${MERIDIEM}|\\s?(${CLOCK_WORDS}))(?!\\p{N})`,
  "giu",
);

// Clock times written the Han, kana and Hangul way: 下午3点, 3点半, 午後3時30分, 오후 3시 30분.
const CJK_TIME = /(上午|早上|凌晨|清晨|午前|오전|下午|晚上|傍晚|午後|오후)?\s?(\d{1,2})\s?(?:点|點|時|시)(?:\s?(\d{1,2})\s?(?:分|분)|(半|반))?/gu;
const CJK_PM = /^(下午|晚上|傍晚|午後|오후)$/u;
// A height in feet and inches is one length: 5 feet 10, 6'2".
const FEET_INCHES = /(?<![\p{N}.,])(\d{1,2})\s?(?:feet|foot|ft\.?|['’′])\s?(\d{1,2})(?:\s?(?:inches|inch|in\.|["”″]))?(?![\p{N}])/gu;
// Numbers that stand for something else: round the clock.
const IDIOM = /(?<![\p{N}.,])24\s?[/x×]\s?7(?![\p{N}])/gu;

// Decades: the 1990s, the '90s, die 1990er, die 90er Jahre, 1990-х.
const DECADE = /^(?:'?s|er(?:n|-?jahren?)?|-х|-е|-ті|-tal|-luvulla)(?![\p{L}])/u;

// Letter numerals of labels: Hebrew (גימטריה) and Armenian letters, and Greek with its keraia (ʹ).
const HEBREW_VALUE: Readonly<Record<string, number>> = {
  א: 1, ב: 2, ג: 3, ד: 4, ה: 5, ו: 6, ז: 7, ח: 8, ט: 9, י: 10, כ: 20, ך: 20, ל: 30, מ: 40, ם: 40, נ: 50, ן: 50, ס: 60, ע: 70,
  פ: 80, ף: 80, צ: 90, ץ: 90, ק: 100, ר: 200, ש: 300, ת: 400,
};
const HEBREW_NUMERAL = /(?<![\p{L}\p{M}])[\u05D0-\u05EA]{1,3}(?:['׳"״][\u05D0-\u05EA])?(?![\p{L}\p{M}])/gu;
const ARMENIAN_LETTERS = "ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔ";
const ARMENIAN_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900,
  1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000];
const ARMENIAN_NUMERAL = /(?<![\p{L}\p{M}])[\u0531-\u0554\u0561-\u0584]{1,3}(?![\p{L}\p{M}])/gu;
const GREEK_VALUE: Readonly<Record<string, number>> = {
  α: 1, β: 2, γ: 3, δ: 4, ε: 5, ϛ: 6, ζ: 7, η: 8, θ: 9, ι: 10, κ: 20, λ: 30, μ: 40, ν: 50, ξ: 60, ο: 70, π: 80, ϟ: 90, ϙ: 90,
  ρ: 100, σ: 200, τ: 300, υ: 400, φ: 500, χ: 600, ψ: 700, ω: 800, ϡ: 900,
};
const GREEK_NUMERAL = /(?<![\p{L}\p{M}])[α-ωϛϟϙϡΑ-Ω]{1,3}[ʹ΄'](?![\p{L}\p{M}])/gu;
// Ethiopic numerals (፩ … ፼), which have no zero and no place value.
const ETHIOPIC_NUMERAL = /[\u1369-\u137C]+/gu;

// A unit of a word or an indefinite article: "a foot" is 1 foot.
const ONE_UNIT: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:a|an|one)(?=\s+(?:foot|mile|inch|yard|pound|ounce|gallon|degree|acre)\b)/giu,
};

/**
 * Month names, long and short, as Intl writes them in a language: each to its number, in the
 * order Intl gives them. (src/language/month-names.ts lists them for the languages a newsroom
 * meets, from this function, ahead of time.)
 */
export function monthsFromIntl(lang: string): Map<string, number> {
  const names = new Map<string, number>();
  try {
    for (const [name, month] of writtenMonths(lang, [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }])) {
      // Names of letters only, three at least: not "5月", not "M".
      if (/^\p{L}{3,}$/u.test(name)) names.set(name, month);
    }
  } catch {
    // A tag Intl does not know has no month names.
  }
  return names;
}

const months = new Map<string, Map<string, number>>();
const monthPatterns = new Map<string, RegExp>();
// Listed ahead of time where the list has the language: Intl's first date formatter costs 20 to 30
// ms (ICU's date data), more than aligning a short article.
function monthsOf(lang: string): Map<string, number> {
  let names = months.get(lang);
  if (names) return names;
  const listed = Object.hasOwn(MONTHS_OF, lang) ? MONTHS_OF[lang]! : undefined;
  if (listed === undefined) names = monthsFromIntl(lang);
  else {
    names = new Map();
    const words = listed === "" ? [] : listed.split(" ");
    for (let i = 0; i < words.length; i += 2) names.set(words[i]!, Number(words[i + 1]));
  }
  months.set(lang, names);
  return names;
}
const monthOf = (lang: string, name: string) => monthsOf(lang).get(name) ?? 0;
function monthPattern(lang: string): RegExp {
  let pattern = monthPatterns.get(lang);
  if (!pattern) {
    const names = [...monthsOf(lang).keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    pattern = names.length === 0 ? /$^/gu : new RegExp(`(?<![\\p{L}\\p{M}])(?:${names.join("|")})(?![\\p{L}\\p{M}])`, "gu");
    monthPatterns.set(lang, pattern);
  }
  return pattern;
}

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

/** A canonical value times a power of ten, in decimal arithmetic: ("2.5", 6) -> "2500000". */
function shifted(value: string, digits: number): string {
  const [integer = "0", fraction = ""] = value.split(".");
  const moved = (integer + fraction.padEnd(digits, "0").slice(0, digits)).replace(/^0+(?=\d)/u, "");
  const rest = fraction.slice(digits).replace(/0+$/u, "");
  return rest ? `${moved}.${rest}` : moved;
}

function fromNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(Math.round(value * 1e9) / 1e9);
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

// Letters read as a numeral only when their values fall from left to right (כא = 21, קכג =
// 123); Hebrew writes 15 and 16 as טו and טז, never יה and יו.
function letterValue(letters: readonly string[], values: Readonly<Record<string, number>>): number | undefined {
  let total = 0;
  let previous = Infinity;
  for (const letter of letters) {
    const value = values[letter];
    if (value === undefined || value > previous) return undefined;
    total += value;
    previous = value;
  }
  return total;
}

function hebrewValue(raw: string): number | undefined {
  const letters = [...raw.replace(/['׳"״]/gu, "")];
  const joined = letters.join("");
  if (joined === "יה" || joined === "יו") return undefined;
  if (joined === "טו") return 15;
  if (joined === "טז") return 16;
  return letterValue(letters, HEBREW_VALUE);
}

const armenianTable: Readonly<Record<string, number>> = Object.fromEntries([...ARMENIAN_LETTERS].flatMap((letter, i) =>
  [[letter, ARMENIAN_VALUES[i]!], [letter.toLowerCase(), ARMENIAN_VALUES[i]!]]));

function ethiopicValue(raw: string): number {
  let total = 0;
  let current = 0;
  for (const c of raw) {
    const code = c.charCodeAt(0);
    if (code <= 0x1371) current += code - 0x1368; // ፩ … ፱
    else if (code <= 0x137A) current += (code - 0x1371) * 10; // ፲ … ፺
    else if (code === 0x137B) current = (current || 1) * 100; // ፻
    else {
      total = (total + (current || 1)) * 10000; // ፼
      current = 0;
    }
  }
  return total + current;
}

// Multipliers written right after digits without a space: 140억, 5ล้าน, 3万 (the last read with Han).
const GLUED_SCALE: Readonly<Record<string, number>> = { 천: 3, 만: 4, 억: 8, 조: 12, พัน: 3, หมื่น: 4, แสน: 5, ล้าน: 6 };
const GLUED = /^(천|만|억|조|พัน|หมื่น|แสน|ล้าน)/u;
// 제1조 is Article 1 (제 marks an ordinal), not a trillion.
const ORDINAL_MARK = /(?:제|第)\s?$/u;
// Money written short: $4.5m, £3bn, €20k.
const MONEY_SCALE = /^(bn|m|k|mn)(?![\p{L}])/u;

/** The numbers of a block (as numbersIn reads them), read once for the aligner and align/numbers alike. */
export function numbersOf(block: TextBlock, lang: string, label: boolean): readonly NumberToken[] {
  return memo(block, ["numbers", lang, label], () => numbersIn(block.text, lang, { label }));
}

/** Every number of a text with its canonical value. */
export function numbersIn(original: string, lang: string, options: NumberOptions = {}): NumberToken[] {
  const text = asciiDigits(original);
  const found: NumberToken[] = [];
  const claimed: [number, number][] = [];
  const isClaimed = (start: number, end: number) => claimed.some(([a, b]) => start < b && end > a);
  const words = wordNumbers(original, lang);
  const add = (token: NumberToken) => {
    const unit = token.unit ?? unitAfter(original, token.end);
    found.push(unit ? { ...token, unit } : token);
  };

  for (const m of matchesOf(TIME, text)) {
    const hour = Number(m[1]);
    const minutes = Number(m[3] ?? m[5] ?? 0);
    if (hour > 24 || minutes > 59) continue;
    const meridiem = (m[4] ?? m[6] ?? m[7])?.toLowerCase();
    const clock = (h: number) => `t${h}:${String(minutes).padStart(2, "0")}`;
    let values: string[];
    if (meridiem) {
      const pm = meridiem.startsWith("p");
      values = [clock((hour % 12) + (pm ? 12 : 0))];
    } else {
      values = [clock(hour), ...(hour > 0 && hour < 12 ? [clock(hour + 12)] : [])];
    }
    // "5 h" or "5 часов" may also be a count of hours, and "8 a.m." answers a bare "8" (8点).
    const plain = m[3] === undefined && m[5] === undefined ? [String(hour), ...(meridiem ? [String((hour % 12) + (meridiem.startsWith("p") ? 12 : 0))] : [])] : [];
    const [value, ...also] = values;
    add({ start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length), value: value!, also: [...also, ...plain] });
    claimed.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesOf(CJK_TIME, text)) {
    const hour = Number(m[2]);
    const minutes = m[4] ? 30 : Number(m[3] ?? 0);
    if (hour > 24 || minutes > 59) continue;
    const clock = (h: number) => `t${h}:${String(minutes).padStart(2, "0")}`;
    const values = m[1] ? [clock((hour % 12) + (CJK_PM.test(m[1]) ? 12 : 0))] : [clock(hour), ...(hour > 0 && hour < 12 ? [clock(hour + 12)] : [])];
    const [value, ...also] = values;
    add({ start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length), value: value!, also: [...also, String(hour)] });
    claimed.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesOf(FEET_INCHES, text)) {
    const feet = Number(m[1]) + Number(m[2]) / 12;
    add({ start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length), value: fromNumber(feet), unit: FOOT });
    claimed.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesOf(IDIOM, text)) {
    add({ start: m.index, end: m.index + m[0].length, raw: m[0], value: "24/7", word: true });
    claimed.push([m.index, m.index + m[0].length]);
  }

  if (lang === "zh" || lang === "ja" || /[\u3400-\u9FFF]/u.test(original) && (lang === "ko" || lang === "vi")) {
    for (const n of hanNumbers(text)) {
      if (isClaimed(n.start, n.end)) continue;
      add({ start: n.start, end: n.end, raw: original.slice(n.start, n.end), value: fromNumber(n.value), ...(n.digits ? {} : { word: true }) });
      claimed.push([n.start, n.end]);
    }
  }

  for (const m of matchesOf(NUMBER, text)) {
    let raw = m[0];
    // "5 100 soldiers" in English is two numbers; a plain space groups digits only where it may.
    if (/ /u.test(raw) && !SPACE_GROUPS.has(lang)) raw = raw.split(" ")[0]!;
    const pieces: [number, string][] = [[m.index, raw]];
    if (raw !== m[0]) {
      let at = m.index + raw.length;
      for (const part of m[0].slice(raw.length).split(" ").filter(Boolean)) {
        at = text.indexOf(part, at);
        pieces.push([at, part]);
        at += part.length;
      }
    }
    for (const [start, piece] of pieces) {
      const end = start + piece.length;
      if (isClaimed(start, end)) continue;
      let value = canonical(piece, lang);
      let tokenEnd = end;
      const after = text.slice(end, end + 24);
      // A multiplier after the digits: "40 mil", "2,5 Mio.", "140억", "$4.5bn".
      const scale = words.find((w) => w.start > end && w.start <= end + 2 && /^[\s\u00A0]*$/u.test(text.slice(end, w.start)));
      const glued = ORDINAL_MARK.test(text.slice(Math.max(0, start - 2), start)) ? null : GLUED.exec(after);
      const money = /[$£€¥₴₽]\s?$/u.test(text.slice(Math.max(0, start - 2), start)) ? MONEY_SCALE.exec(after) : null;
      if (scale && /^[1-9]0*$/u.test(String(scale.value)) && scale.value >= 1000) {
        value = shifted(value, Math.round(Math.log10(scale.value)));
        tokenEnd = scale.end;
      } else if (glued) {
        value = shifted(value, GLUED_SCALE[glued[1]!]!);
        tokenEnd = end + glued[0].length;
      } else if (money) {
        value = shifted(value, { bn: 9, m: 6, mn: 6, k: 3 }[money[1]!]!);
      }
      const also: string[] = [];
      if (DECADE.test(after) && /0$/u.test(value) && !value.includes(".")) {
        if (value.length === 4) also.push(String(Number(value) % 100));
        if (value.length === 2) also.push(`19${value}`, `20${value}`);
      }
      add({ start, end: tokenEnd, raw: original.slice(start, tokenEnd), value, ...(also.length ? { also } : {}) });
      claimed.push([start, tokenEnd]);
    }
  }

  // A Roman numeral has two numeral letters in a row: without them, V8 need not try ROMAN at every letter.
  if (ROMAN_PAIR.test(text)) {
    for (const m of matchesOf(ROMAN, text)) {
      if (m[0] === "" || NOT_ROMAN.has(m[0]) || !/[IVX]/u.test(m[0])) continue;
      add({ start: m.index, end: m.index + m[0].length, raw: m[0], value: String(romanValue(m[0])) });
    }
  }
  // "Artigo I.", "Chapter V": one letter is a numeral only in a label, and may be a word there.
  if (options.label) {
    for (const m of matchesOf(ROMAN_LETTER, text)) add({ start: m.index, end: m.index + 1, raw: m[0], value: String(ROMAN_VALUE[m[0]]), word: true });
  }

  for (const w of words) {
    if (isClaimed(w.start, w.end)) continue;
    add({ start: w.start, end: w.end, raw: w.raw, value: fromNumber(w.value), word: true });
  }
  // A month named answers its number: "9/11" is "11. September", "5/24" is "24 May".
  for (const m of matchesOf(monthPattern(lang), original)) {
    if (words.some((w) => w.start <= m.index && m.index < w.end)) continue; // French "sept" is seven
    add({ start: m.index, end: m.index + m[0].length, raw: m[0], value: String(monthOf(lang, m[0])), word: true });
  }
  for (const m of matchesOf(ONE_UNIT[lang] ?? /$^/gu, original)) {
    add({ start: m.index, end: m.index + m[0].length, raw: m[0], value: "1", word: true });
  }

  const letters = (pattern: RegExp, read: (raw: string) => number | undefined) => {
    for (const m of matchesOf(pattern, original)) {
      const value = read(m[0]);
      if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, raw: m[0], value: String(value), word: true });
    }
  };
  if (options.label) {
    letters(HEBREW_NUMERAL, hebrewValue);
    letters(ARMENIAN_NUMERAL, (raw) => letterValue([...raw], armenianTable));
  }
  letters(GREEK_NUMERAL, (raw) => letterValue([...raw.slice(0, -1).toLowerCase()], GREEK_VALUE));
  letters(ETHIOPIC_NUMERAL, ethiopicValue);
  return found.sort((a, b) => a.start - b.start);
}
