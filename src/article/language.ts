import { basename, extname } from "node:path";

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

// Intl.DisplayNames is slow to ask; an archive asks about the same few languages thousands of times.
const known = new Map<string, boolean>();

/** True for a well-formed BCP 47 tag whose language Intl knows ("en", "pt-BR"; not "xx"). */
export function isLanguageTag(tag: string): boolean {
  if (!TAG.test(tag)) return false;
  const language = tag.split("-")[0]!;
  let answer = known.get(language);
  if (answer === undefined) {
    try {
      answer = names.of(language) !== language.toLowerCase();
    } catch {
      answer = false;
    }
    if (known.size < 10_000) known.set(language, answer);
  }
  return answer;
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
