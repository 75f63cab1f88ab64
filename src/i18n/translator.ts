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
  const names = new Map<string, Intl.DisplayNames>();
  instance.services.formatter?.add("language", (value: unknown, lng: string | undefined) => {
    try {
      const lang = lng ?? "en";
      const display = names.get(lang) ?? names.set(lang, new Intl.DisplayNames([lang], { type: "language" })).get(lang)!;
      return display.of(String(value)) ?? String(value);
    } catch {
      return String(value);
    }
  });
  // A report says the same few things many times ("Several spaces in a row: keep one"): each
  // message is written once per key and values, and i18next (some 20 µs a call) asked once.
  const written = new Map<string, string>();
  return (key, values) => {
    const id = messageId(key, values);
    if (id === undefined) return instance.t(key, values ?? {}) as string;
    let text = written.get(id);
    if (text === undefined) {
      if (written.size >= MAX_REMEMBERED) written.clear();
      written.set(id, (text = instance.t(key, values ?? {}) as string));
    }
    return text;
  };
}

// Messages remembered at most: a hostile file's millions of distinct ones cost bounded memory.
const MAX_REMEMBERED = 10_000;

/**
 * What identifies a message: its key and values, when they are plain text, numbers, booleans or
 * undefined. Each name and text is written with its length and each value with its type, so no
 * values pass for others ("1" is not 1, NaN not Infinity) and none needs escaping (JSON.stringify
 * of each value was most of what finding a message remembered cost).
 */
function messageId(key: string, values: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (values === undefined) return key;
  let id = key;
  for (const name in values) {
    const value = values[name];
    id += `\u0000${name.length}:${name}`;
    switch (typeof value) {
      case "string":
        id += `s${value.length}:${value}`;
        break;
      case "number":
        id += `n${value}`;
        break;
      case "boolean":
        id += value ? "t" : "f";
        break;
      case "undefined":
        id += "u";
        break;
      default:
        return undefined;
    }
  }
  return id;
}
