// Month names for dates written in any language a newsroom meets: "May 22, 2023", "22 de mayo
// de 2023", "22 mai 2023", "22. Mai 2023", "22 травня 2023 р.". They are ICU's, listed ahead of
// time (src/language/month-names.ts, by scripts/month-names.js): asking Intl made 60 formatters,
// 40 ms of the first article with an embed. test/checks/stray-embed.test.ts says when the list
// and the running ICU disagree.
import { MONTH_NAMES } from "./month-names.js";

/** The locales whose month names the list holds. */
export const MONTH_LOCALES: readonly string[] = ["en", "es", "fr", "de", "it", "pt", "nl", "pl", "uk", "ru", "ca", "ro", "cs", "sv", "tr"];

/**
 * Each month name a locale writes in these formats (a trailing period dropped), with the month's
 * number, month by month. Each format is made once: making one costs more than a dozen dates.
 */
export function* writtenMonths(locale: string, formats: readonly Intl.DateTimeFormatOptions[]): Generator<[name: string, month: number]> {
  const writers = formats.map((options) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }));
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2023, month, 15));
    for (const writer of writers) {
      for (const part of writer.formatToParts(date)) if (part.type === "month") yield [part.value.replace(/\.$/u, ""), month + 1];
    }
  }
}

/** The month names of MONTH_LOCALES as this Node's ICU writes them, long and short, in lower case, longest first. */
export function monthNamesFromIntl(): string[] {
  const names = new Set<string>();
  const formats = [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }, { day: "numeric", month: "short" }] as const;
  for (const locale of MONTH_LOCALES) for (const [name] of writtenMonths(locale, formats)) names.add(name.toLowerCase());
  return [...names].filter((n) => /^\p{L}+$/u.test(n)).sort((a, b) => b.length - a.length);
}

let pattern: string | undefined;

/**
 * A written date with a month name, in any of these languages' orders: the source of a RegExp.
 * Built on first use.
 */
export function datePattern(): string {
  if (pattern !== undefined) return pattern;
  const month = `(?:${MONTH_NAMES.join("|")})\\.?`;
  pattern = `(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}` // May 22, 2023
    + `|\\d{1,2}\\.?\\s+(?:de\\s+)?${month}\\s+(?:de\\s+)?\\d{4}(?:\\s*(?:р|г|roku|r)\\.?)?` // 22 de mayo de 2023
    + `|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
  return pattern;
}
