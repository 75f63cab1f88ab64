import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeWordTest } from "../src/language/whole-words.js";

const W = "\\p{L}\\p{M}\\p{N}";
// What wholeWordTest stands for: the pattern that opens with a lookbehind.
const lookbehind = (alternatives: string, flags: string) => new RegExp(`(?<![${W}])(?:${alternatives})(?![${W}])`, flags);

describe("whole words, found without a leading lookbehind", () => {
  it.each([
    ["kyiv|kiev", "The road to Kyiv.", true],
    ["kyiv|kiev", "Kyivan roads", false],
    ["kyiv|kiev", "chicken-kiev", true],
    ["kyiv|kiev", "5Kiev", false],
    ["freedom\\s+of\\s+russia", "the Freedom  of\nRussia Legion", true],
    ["київ", "до Києва", false],
    ["київ", "«Київ»", true],
    ["ab", "𝐀ab", false], // a letter outside the BMP before the match
    ["ab", "😀ab", true],
  ])("%s in %j: %s", (alternatives, text, expected) => {
    expect(wholeWordTest(alternatives)(text)).toBe(expected);
    expect(lookbehind(alternatives, "iu").test(text)).toBe(expected);
  });

  it("finds what the lookbehind pattern finds, in any text", () => {
    const unit = fc.constantFrom("a", "b", "A", "B", "ab", "é", "e\u0301", "5", " ", "\n", "-", "'", "’", "Я", "я", "ß", "ẞ", "K", "\u212A", "ι", "\u0345",
      "𝐀", "😀", "\uD835", "\uDC00", "\u00A0", ".", "ΑΒ", "αβ");
    const text = fc.array(unit, { maxLength: 30 }).map((units) => units.join(""));
    const word = fc.array(fc.constantFrom("a", "b", "é", "я", "ß", "k", "ι", "𝐀", "5", "\\s+", "-"), { minLength: 1, maxLength: 4 }).map((units) => units.join(""));
    const alternatives = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join("|"));
    // Making the patterns is the slow part: each set of alternatives meets twenty texts.
    fc.assert(fc.property(alternatives, fc.array(text, { minLength: 20, maxLength: 20 }), fc.constantFrom("iu", "u"), (a, texts, flags) => {
      const ours = wholeWordTest(a, flags);
      const theirs = lookbehind(a, flags);
      for (const t of texts) expect(ours(t), `${a} in ${JSON.stringify(t)}`).toBe(theirs.test(t));
    }), { numRuns: 1500, seed: 21 });
  });
});
