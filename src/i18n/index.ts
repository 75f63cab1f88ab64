// Every locale's messages, for the library and for pages in several languages (publish); the
// command line loads only the one it speaks (load.ts).
import type { Translate } from "../types.js";
import de from "./locales/de.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import es from "./locales/es.json" with { type: "json" };
import fr from "./locales/fr.json" with { type: "json" };
import ru from "./locales/ru.json" with { type: "json" };
import uk from "./locales/uk.json" with { type: "json" };
import { type Locale, LOCALES } from "./locales.js";
import { translatorFrom } from "./translator.js";

export { isLocale, type Locale, LOCALES } from "./locales.js";

export const resources: Readonly<Record<Locale, Record<string, unknown>>> = { en, es, fr, de, uk, ru };

/** A translator for one locale; English fills any gap. */
export function createTranslator(locale: string): Translate {
  return translatorFrom(locale, Object.fromEntries(LOCALES.map((lng) => [lng, resources[lng]])));
}
