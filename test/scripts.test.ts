import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../src/article/language-codes.js";
import { ICU_VERSION, LIKELY_SCRIPTS } from "../src/language/likely-scripts.js";
import { directionOf, scriptOf } from "../src/language/scripts.js";

const maximized = (tag: string) => new Intl.Locale(tag).maximize().script;

describe("scriptOf", () => {
  it("names the script a language is written in, in every writing system bitext publishes", () => {
    const tags = ["en", "ES", "uk", "ru", "el", "ar", "he", "hi", "bn", "ta", "th", "ka", "hy", "am", "zh", "ja", "ko", "fa", "ur", "my", "km"];
    expect(tags.map(scriptOf)).toEqual([
      "Latn", "Latn", "Cyrl", "Cyrl", "Grek", "Arab", "Hebr", "Deva", "Beng", "Taml", "Thai", "Geor", "Armn", "Ethi", "Hans", "Jpan", "Kore",
      "Arab", "Arab", "Mymr", "Khmr",
    ]);
    expect(["ar", "he", "fa", "en", "ru"].map(directionOf)).toEqual(["rtl", "rtl", "rtl", "ltr", "ltr"]);
  });

  it("reads a region or a script a tag names, which may change the script", () => {
    expect(["pa", "pa-PK", "zh-TW", "zh-Hant", "sr", "sr-Latn", "az-IR", "uz-Arab", "en-GB"].map(scriptOf)).toEqual(
      ["Guru", "Arab", "Hant", "Hant", "Cyrl", "Latn", "Arab", "Arab", "Latn"],
    );
  });

  it("knows nothing of what is no language tag", () => {
    expect(["", "english", "x", "en_GB"].map(scriptOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("agrees with Intl on every language listed ahead of time", () => {
    const listed = Object.entries(LIKELY_SCRIPTS).flatMap(([script, codes]) => codes.split(" ").map((code) => [code, script] as const));
    // Every listed code is a language ICU names, listed once.
    expect(listed.filter(([code]) => !LANGUAGE_CODES.includes(code))).toEqual([]);
    expect(new Set(listed.map(([code]) => code)).size).toBe(listed.length);
    expect(listed.filter(([code, script]) => scriptOf(code) !== script)).toEqual([]);
    // With the ICU the list was made from, it is exactly what Intl says (another ICU's data may
    // differ: run scripts/language-codes.js).
    if (process.versions.icu === ICU_VERSION) {
      expect(listed.filter(([code, script]) => maximized(code) !== script)).toEqual([]);
      expect(LANGUAGE_CODES.filter((code) => maximized(code) !== undefined && !listed.some(([c]) => c === code))).toEqual([]);
    }
  });
});
