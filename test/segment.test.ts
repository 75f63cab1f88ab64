import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASES } from "../bench/segment/cases.js";
import { endsSentence, splitSentences, wordBefore } from "../src/segment/sentences.js";

describe("sentence segmentation", () => {
  it.each(CASES)("%s: splits %j", (lang, marked) => {
    const gold = marked.split(" | ");
    const text = gold.join(" ");
    expect(splitSentences(text, lang).map((s) => text.slice(s.start, s.end))).toEqual(gold);
  });

  it("keeps Spanish dialogue attributions inside their sentence", () => {
    const text = "—¿Vienes? —preguntó. —Sí.";
    expect(splitSentences(text, "es").map((s) => text.slice(s.start, s.end))).toEqual(["—¿Vienes? —preguntó.", "—Sí."]);
  });
});

describe("reading a sentence's end from the end", () => {
  // The patterns these replace, which V8 tried from every final mark (or every character) of a paragraph.
  const FINAL = /[.!?\u2026\u3002\uFF01\uFF1F\uFF0E\u061F\u06D4\u0964\u0965\u0589\u1362\u104B]["'”’»«“)\]\u300D\u300F]*\s*$/u;
  const WORD_BEFORE = /([\p{L}\p{M}\p{N}.-]*)$/u;
  const unit = fc.constantFrom(
    "a", "Я", "é", "e\u0301", "5", "٣", ".", "-", "!", "?", "…", "。", "؟", "।", "\"", "'", "”", "»", "«", ")", "]", "」", "(",
    " ", "\u00A0", "\n", "\t", "\u2028", "\u3000", ",", "𝐀", "😀", "\uD835", "\uDC00", "_", "’",
  );
  const text = fc.array(unit, { maxLength: 25 }).map((units) => units.join(""));

  it("endsSentence is the final-mark pattern", () => {
    fc.assert(fc.property(text, (t) => endsSentence(t) === FINAL.test(t)), { numRuns: 20_000, seed: 5 });
  });

  it("wordBefore is the trailing-word pattern", () => {
    fc.assert(fc.property(text, (t) => wordBefore(t) === (WORD_BEFORE.exec(t)?.[1] ?? "")), { numRuns: 20_000, seed: 6 });
  });
});
