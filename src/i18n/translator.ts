import i18next, { type Resource } from "i18next";
import type { Translate } from "../types.js";
import { isLocale } from "./locales.js";

/** A translator for one locale from the messages given (English among them fills any gap). */
export function translatorFrom(locale: string, messages: Readonly<Record<string, Record<string, unknown>>>): Translate {
  const instance = i18next.createInstance();
  const resource: Resource = {};
  for (const [lng, translation] of Object.entries(messages)) resource[lng] = { translation: translation as Resource[string][string] };
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
