import { basename, extname } from "node:path";
import { LANGUAGE_CODES } from "./language-codes.js";

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
// The languages ICU names, listed ahead (scripts/language-codes.js): asking Intl.DisplayNames
// costs 17 ms of start-up in each thread for its first answer.
const KNOWN = new Set(LANGUAGE_CODES);

/** True for a well-formed BCP 47 tag whose language ICU knows ("en", "pt-BR"; not "xx"). */
export function isLanguageTag(tag: string): boolean {
  return TAG.test(tag) && KNOWN.has(primaryLanguage(tag));
}

/** The primary language subtag, lower case: "en-GB" -> "en". */
export function primaryLanguage(tag: string): string {
  return tag.split("-")[0]!.toLowerCase();
}

/** The language a file name declares: "en.md", "fr-CA.md", "story.de.md", "belgorod-en.txt". */
export function languageFromFileName(file: string): string | undefined {
  const stem = basename(file, extname(file));
  if (isLanguageTag(stem)) return stem;
  const last = /[._-]([a-z]{2,3})$/i.exec(stem)?.[1];
  return last && isLanguageTag(last) ? last.toLowerCase() : undefined;
}
