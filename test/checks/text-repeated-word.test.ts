import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textRepeatedWord } from "../../src/checks/text-repeated-word.js";
import { doubledWords, repeats } from "../../src/language/doubled-words.js";
import { brief, runCheck } from "../run-check.js";

describe("text/repeated-word", () => {
  it.each([
    ["en", "Drones hit the the FSB building.", "the the", 12, 19, "the"],
    ["en", "The The attack failed.", "The The", 1, 8, "The"],
    ["es", "El ataque de de drones.", "de de", 11, 16, "de"],
    ["fr", "Les drones ont ont frappé.", "ont ont", 12, 19, "ont"],
    ["de", "Die Drohnen haben haben getroffen.", "haben haben", 13, 24, "haben"],
    ["uk", "Дрони атакували атакували місто.", "атакували атакували", 7, 26, "атакували"],
    ["ru", "Дроны атаковали атаковали город.", "атаковали атаковали", 7, 26, "атаковали"],
    ["el", "Τα drones χτύπησαν χτύπησαν την πόλη.", "χτύπησαν χτύπησαν", 11, 28, "χτύπησαν"],
    ["pl", "Drony zaatakowały zaatakowały miasto.", "zaatakowały zaatakowały", 7, 30, "zaatakowały"],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(textRepeatedWord, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "What he had had to leave, and that that was all, on Bora Bora."],
    ["de", "Die Frauen, die die Stadt verließen, und das, das du kennst."],
    ["fr", "Nous nous battons et vous vous rendez."],
    ["es", "Lo dijo, dijo que no; el que quiera."],
    ["uk", "Так, так? Ні — ні."],
    // Doubling that is grammar in languages with spaced reduplication.
    ["tr", "Yavaş yavaş yürüdü."],
    ["hi", "वह धीरे धीरे चला।"],
    ["fa", "کم کم یاد گرفت."],
    ["he", "הוא הלך לאט לאט."],
    ["vi", "Mọi hành vi vi phạm đều bị cấm."],
    ["ko", "하나 하나 살펴보았다."],
    ["id", "Anak anak bermain."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(textRepeatedWord, input, { lang })).toEqual([]);
  });
});

describe("the doubled words text/repeated-word finds", () => {
  // The rule's pattern, tried at every character: what repeats() must find, faster.
  const REPEAT = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)([ \t\u00A0\n]+)(\1)(?![\p{L}\p{M}\p{N}])/giu;
  const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);

  // The rule as it was before it was made faster: the oracle for the property below.
  const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = { en: new Set(["had", "that"]) };
  const before = (text: string, lang: string) => {
    const found: { start: number; end: number; word: string }[] = [];
    let covered = 0;
    for (const m of text.matchAll(REPEAT)) {
      if (m.index < covered) continue;
      const [pair, first, , second] = m as unknown as [string, string, string, string];
      let end = m.index + pair.length;
      const again = new RegExp(`[ \\t\\u00A0\\n]+${first.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{M}\\p{N}])`, "iuy");
      for (again.lastIndex = end; again.exec(text); again.lastIndex = end) end = again.lastIndex;
      covered = end;
      if (ALLOWED[lang]?.has(first.toLowerCase())) continue;
      const midSentence = /[\p{L}\p{N},;]\s*$/u.test(text.slice(Math.max(0, m.index - 16), m.index));
      if (midSentence && /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) continue;
      found.push({ start: m.index, end, word: first });
    }
    return found;
  };

  it("are the pattern's matches, whatever the letters' case, marks, digits and spaces", () => {
    // Letters whose case-insensitive forms meet in odd ways (ß and ẞ and ſ, K and the Kelvin
    // sign, three sigmas, dotted and dotless i, ǅ), marks, digits, and what may stand between.
    const letter = fc.constantFrom("a", "A", "s", "S", "ſ", "k", "K", "\u212A", "σ", "ς", "Σ", "ß", "ẞ", "i", "I", "ı", "İ", "ǅ", "ǆ", "Ǆ",
      "é", "e\u0301", "\u0301", "д", "Д", "ї", "Ї", "ω", "Ω", "\u2126", "あ", "中", "\u{1D400}");
    const word = fc.array(letter, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(""));
    const gap = fc.constantFrom(" ", "  ", "\t", "\u00A0", "\n", " \n ", ", ", "-", "1", " 2 ", "3", "");
    // Words often repeated, two or three times, as the rule looks for.
    const run = fc.tuple(word, fc.integer({ min: 1, max: 3 }), gap).map(([w, n, g]) => `${Array.from({ length: n }, () => w).join(" ")}${g}`);
    const text = fc.array(fc.oneof(fc.tuple(word, gap).map((p) => p.join("")), run), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (t) => {
      expect(found(repeats(t))).toEqual(found(t.matchAll(REPEAT)));
      expect(doubledWords(t, "en")).toEqual(before(t, "en"));
    }), { numRuns: 20_000, seed: 11 });
  });
});
