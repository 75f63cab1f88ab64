import { basename, extname } from "node:path";

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** True for a well-formed BCP 47 tag whose language Intl knows ("en", "pt-BR"; not "xx"). */
export function isLanguageTag(tag: string): boolean {
  if (!TAG.test(tag)) return false;
  try {
    return names.of(tag.split("-")[0]!) !== tag.split("-")[0]!.toLowerCase();
  } catch {
    return false;
  }
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
