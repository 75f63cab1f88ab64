import i18next, { type Resource } from "i18next";
import type { Translate } from "../types.js";
import de from "./locales/de.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import es from "./locales/es.json" with { type: "json" };
import fr from "./locales/fr.json" with { type: "json" };
import ru from "./locales/ru.json" with { type: "json" };
import uk from "./locales/uk.json" with { type: "json" };

export const LOCALES = ["en", "es", "fr", "de", "uk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

export const resources: Readonly<Record<Locale, Record<string, unknown>>> = { en, es, fr, de, uk, ru };

export function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}

/** A translator for one locale; English fills any gap. */
export function createTranslator(locale: string): Translate {
  const instance = i18next.createInstance();
  const resource: Resource = {};
  for (const lng of LOCALES) resource[lng] = { translation: resources[lng] as Resource[string][string] };
  void instance.init({
    lng: isLocale(locale) ? locale : "en",
    fallbackLng: "en",
    resources: resource,
    initAsync: false,
    interpolation: { escapeValue: false }, // reporters escape for their own formats
    returnNull: false,
  });
  // {{code, language}} names a language in the reader's own: "es" -> "Spanish", "español".
  instance.services.formatter?.add("language", (value: unknown, lng: string | undefined) => {
    try {
      return new Intl.DisplayNames([lng ?? "en"], { type: "language" }).of(String(value)) ?? String(value);
    } catch {
      return String(value);
    }
  });
  return (key, values) => instance.t(key, values ?? {}) as string;
}
