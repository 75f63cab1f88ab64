// The locales bitext speaks; no messages here, so that naming them loads none.
export const LOCALES = ["en", "es", "fr", "de", "uk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}
