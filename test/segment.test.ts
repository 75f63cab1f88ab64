import { describe, expect, it } from "vitest";
import { CASES } from "../bench/segment/cases.js";
import { splitSentences } from "../src/segment/sentences.js";

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
