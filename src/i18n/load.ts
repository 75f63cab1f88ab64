// A translator that loads only its own locale's messages and English, which fills any gap: the
// command line and the worker threads speak one locale, and need not read the other five.
import type { Translate } from "../types.js";
import { isLocale, type Locale } from "./locales.js";
import { translatorFrom } from "./translator.js";

type Messages = Record<string, unknown>;
const json = (module: { default: unknown }) => module.default as Messages;
const MESSAGES: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: async () => json(await import("./locales/en.json", { with: { type: "json" } })),
  es: async () => json(await import("./locales/es.json", { with: { type: "json" } })),
  fr: async () => json(await import("./locales/fr.json", { with: { type: "json" } })),
  de: async () => json(await import("./locales/de.json", { with: { type: "json" } })),
  uk: async () => json(await import("./locales/uk.json", { with: { type: "json" } })),
  ru: async () => json(await import("./locales/ru.json", { with: { type: "json" } })),
};

/** A translator for `locale` (English when bitext does not speak it). */
export async function loadTranslator(locale: string): Promise<Translate> {
  const lng: Locale = isLocale(locale) ? locale : "en";
  const [en, own] = await Promise.all([MESSAGES.en(), MESSAGES[lng]()]);
  return translatorFrom(lng, { en, [lng]: own });
}
