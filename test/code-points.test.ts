import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointTest, countLetters, unitClass } from "../src/language/code-points.js";

describe("code point tests by table", () => {
  it("count the letters /\\p{L}/gu counts, surrogate pairs, lone surrogates and marks among them", () => {
    const unit = fc.constantFrom("a", "Я", "ß", "中", "\u0301", "1", " ", "\u{1D400}", "\u{1F600}", "\uD835", "\uDC00", "ـ", "ǅ", "\u00AD");
    fc.assert(fc.property(fc.array(unit, { maxLength: 20 }).map((u) => u.join("")), (text) => {
      expect(countLetters(text)).toBe(text.match(/\p{L}/gu)?.length ?? 0);
    }), { numRuns: 5000, seed: 3 });
  });

  it("answer as the pattern does, asked twice or more", () => {
    const digit = codePointTest(/^\p{Nd}$/u);
    for (const cp of [0x31, 0x31, 0x661, 0x1d7ce, 0x41, 0x41]) expect(digit(cp)).toBe(/^\p{Nd}$/u.test(String.fromCodePoint(cp)));
  });
});

describe("a class of code units", () => {
  it("escapes each unit, so that ] - ^ \\ and surrogate halves stand for themselves", () => {
    expect(unitClass([0xab, 0xbb])).toBe("[\\u00ab\\u00bb]");
    const units = [..."]-^\\a"].map((c) => c.charCodeAt(0)).concat(0xd83d);
    const pattern = new RegExp(unitClass(units), "g");
    expect("x]y-z^w\\va\uD83Db".match(pattern)).toEqual(["]", "-", "^", "\\", "a", "\uD83D"]);
  });
});
