import { codePointTest } from "./code-points.js";
import { LIKELY_SCRIPTS } from "./likely-scripts.js";

// The writing system a language is written in, from CLDR's likely subtags through Intl:
// "ka" -> Geor, "sr" -> Cyrl, "zh-Hant" -> Hant, "ja" -> Jpan. Rules that understand only some
// writing systems declare them, and stay silent on the others.

const cache = new Map<string, string | undefined>();

// A bare language subtag's script is read from a list made ahead of time (by
// scripts/language-codes.js): Intl's first maximize() loads CLDR's likely subtags, 7 to 8 ms of
// every run's start, in every thread. A tag with a region or a script (pa-PK is Arab, zh-TW
// Hant) is asked of Intl.
let likely: Map<string, string> | undefined;
const BARE = /^[A-Za-z]{2,3}$/u;

function likelyScript(code: string): string | undefined {
  if (!likely) {
    likely = new Map();
    for (const [script, codes] of Object.entries(LIKELY_SCRIPTS)) for (const c of codes.split(" ")) likely.set(c, script);
  }
  return likely.get(code.toLowerCase());
}

/** The ISO 15924 script of a language tag ("Latn", "Cyrl", "Arab" …), undefined if unknown. */
export function scriptOf(tag: string): string | undefined {
  if (cache.has(tag)) return cache.get(tag);
  let script = BARE.test(tag) ? likelyScript(tag) : undefined;
  if (script === undefined) {
    try {
      script = new Intl.Locale(tag).maximize().script;
    } catch {
      script = undefined;
    }
  }
  cache.set(tag, script);
  return script;
}

/**
 * Scripts whose ordinary writing has upper and lower case. Georgian has capitals (Mtavruli),
 * but its ordinary writing (Mkhedruli) has none: a Georgian sentence never starts with one.
 */
export const CASED_SCRIPTS: readonly string[] = ["Latn", "Cyrl", "Grek", "Armn"];

/** Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Burmese, Tibetan. */
export const UNSPACED_SCRIPTS: ReadonlySet<string> = new Set(["Hans", "Hant", "Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"]);

/** Scripts written right to left. */
export const RTL_SCRIPTS: ReadonlySet<string> = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Samr", "Mand"]);

/** Every script bitext knows, for rules that work on any script with spaces between words. */
export const SPACED_SCRIPTS: readonly string[] = [
  "Latn", "Cyrl", "Grek", "Armn", "Geor", "Arab", "Hebr", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda",
  "Mlym", "Sinh", "Ethi", "Kore", "Thaa", "Syrc",
];

/** The direction a language is written in. */
export function directionOf(tag: string): "ltr" | "rtl" {
  return RTL_SCRIPTS.has(scriptOf(tag) ?? "") ? "rtl" : "ltr";
}

// A Georgian or Han word quoted in a Latin text has no case to get wrong.
/** A letter of a script whose words may be written in the wrong case: Latin, Cyrillic, Greek, Armenian. */
export const CASED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/** True when a code unit is a lower-case letter of those scripts (CASED_LETTER and \p{Ll}), by table. */
export const lowerCasedUnit: (unit: number) => boolean = codePointTest(new RegExp(`^(?=\\p{Ll})${CASED_LETTER.source}$`, "u"));
