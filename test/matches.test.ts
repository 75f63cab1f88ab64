import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesOf } from "../src/matches.js";

const asPairs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, [...m]]);

describe("matchesOf", () => {
  it("finds what matchAll finds, and leaves the pattern at 0", () => {
    const pattern = /(\p{Lu})\p{Ll}+/gu;
    const text = "Kyiv and Kharkiv, not kiev";
    expect(asPairs(matchesOf(pattern, text))).toEqual([[0, ["Kyiv", "K"]], [9, ["Kharkiv", "K"]]]);
    expect(pattern.lastIndex).toBe(0);
    expect(matchesOf(pattern, "nothing here")).toEqual([]);
  });

  it("steps over an empty match by a code point with the u flag, by a code unit without", () => {
    expect(matchesOf(/x*/gu, "a😀").map((m) => m.index)).toEqual([0, 1, 3]);
    expect(matchesOf(/x*/g, "a😀").map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(matchesOf(/x*/gv, "a😀").map((m) => m.index)).toEqual([0, 1, 3]);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => matchesOf(/a/u, "a")).toThrow(/global/u);
  });

  it("equals matchAll on any text, with patterns that match empty, astral and lone surrogates", () => {
    const patterns = [/\p{L}*/gu, /[\uD800-\uDFFF]/g, /(?:)/gu, /(?<=\s)\S{0,2}/gu, /[^a]?/g, /\b/g, /😀|a+/gu];
    const unit = fc.constantFrom("a", "b", " ", "😀", "\uD83D", "\uDE00", "é", "\n", "Ω");
    const text = fc.array(unit, { maxLength: 12 }).map((units) => units.join(""));
    fc.assert(fc.property(fc.constantFrom(...patterns), text, (pattern, t) => {
      expect(asPairs(matchesOf(pattern, t))).toEqual(asPairs(t.matchAll(pattern)));
    }), { numRuns: 5_000, seed: 5 });
  });
});
