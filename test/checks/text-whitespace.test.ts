import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textWhitespace } from "../../src/checks/text-whitespace.js";
import { mayMatch, mayMatchFrench, WHITESPACE_PATTERNS } from "../../src/language/spacing.js";
import { brief, runCheck } from "../run-check.js";

describe("text/whitespace", () => {
  it.each([
    ["en", "Moscow  said so.", [["  ", 7, 9, " "]]],
    ["en", "It failed , he said .", [[" ,", 10, 12, ","], [" .", 20, 22, "."]]],
    ["es", "El ataque ( al alba ) falló.", [["( ", 11, 13, "("], [" )", 20, 22, ")"]]],
    ["es", "¿ Qué pasó?", [["¿ ", 1, 3, "¿"]]],
    ["fr", "Pourquoi? Parce que: voilà.", [["?", 9, 10, "\u00A0?"], [":", 20, 21, "\u00A0:"]]],
    ["de", "Er sagte: „Nein“ .", [[" .", 17, 19, "."]]],
    ["uk", "Дрони атакували ; місто вистояло", [[" ;", 16, 18, ";"]]],
    ["ru", "Дроны\tатаковали город", [["\t", 6, 7, " "]]],
    ["en", "Trailing space ", [[" ", 15, 16, ""]]],
  ])("%s: flags %j", (lang, input, expected) => {
    expect(runCheck(textWhitespace, input, { lang }).map(brief)).toEqual(expected);
  });

  it.each([
    ["en", "Moscow said: “Nothing was hit.” (At dawn.) At 14:30, see https://rusi.org … and .NET."],
    ["fr", "Pourquoi ? Parce que : voilà ! « Oui », dit-il à 14:30 sur https://lemonde.fr."],
    ["fr", "Pourquoi\u202F? Parce que\u00A0: voilà."],
    ["es", "¿Qué pasó? «Nada», dijo (al alba)."],
    ["de", "Er sagte: „Nein.“ Dann ging er – endlich."],
    ["uk", "Він сказав: «Ні». Потім пішов."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(textWhitespace, input, { lang })).toEqual([]);
  });
});

describe("the filter text/whitespace reads each paragraph with first", () => {
  it("passes every paragraph any of its patterns matches", () => {
    const unit = fc.constantFrom(" ", " ", "\t", "\u00A0", "\u202F", "\n", "\u2003", "a", "Я", "1", ",", ".", ";", ":", "!", "?",
      "(", ")", "[", "]", "¿", "¡", "«", "»", "“", "”", "’", "\"", "-", "\u{1D400}");
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }).map((u) => u.join("")), (text) => {
      for (const [name, pattern] of Object.entries(WHITESPACE_PATTERNS)) {
        const matches = [...text.matchAll(pattern)].length > 0;
        if (matches) expect(name === "FRENCH_TIGHT" ? mayMatchFrench(text) : mayMatch(text), `${name} on ${JSON.stringify(text)}`).toBe(true);
      }
    }), { numRuns: 50_000, seed: 5 });
  });
});
