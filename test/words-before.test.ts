import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsBefore } from "../src/language/words-before.js";

// What wordsBefore stands for: the pattern it replaced, run on the slice.
const pattern = (count: number) => new RegExp(`(?:[\\p{L}\\p{M}\\p{N}'’-]+\\s+){1,${count}}$`, "u");
const byPattern = (text: string, from: number, end: number, count: number) => {
  const m = pattern(count).exec(text.slice(from, end));
  return m ? from + m.index : -1;
};

describe("the words before a point", () => {
  it.each([
    ["the Federal Security Bureau (FSB)", 3, "Federal Security Bureau "],
    ["the Federal Security Bureau (FSB)", 2, "Security Bureau "],
    ["said, Security Bureau (FSB)", 5, "Security Bureau "],
    ["Служба безпеки України (СБУ)", 3, "Служба безпеки України "],
    ["l’Agence internationale (AIEA)", 4, "l’Agence internationale "],
    ["(FSB)", 3, undefined],
    ["word(FSB)", 3, undefined],
  ])("%j, %i words: %j", (text, count, expected) => {
    const end = text.indexOf("(");
    const start = wordsBefore(text, 0, end, count);
    expect(start === -1 ? undefined : text.slice(start, end)).toBe(expected);
    expect(byPattern(text, 0, end, count)).toBe(start);
  });

  it("finds what the pattern finds, in any text, from any point", () => {
    const unit = fc.constantFrom("a", "B", "é", "e\u0301", "5", "Я", "𝐀", "😀", "\uD835", "\uDC00", "'", "’", "-", ",", "(", " ", "  ", "\n",
      "\u00A0", "\u2028", "\u3000", "\t", "ß");
    const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(""));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }), (t, a, b, count) => {
      const [from, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
      expect(wordsBefore(t, from, end, count), `${JSON.stringify(t)} [${from}, ${end}) ${count}`).toBe(byPattern(t, from, end, count));
    }), { numRuns: 20_000, seed: 7 });
  });
});
