import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { finalScores, formatLink, type Link, parseLinks, scoreDocument } from "../bench/align/score.js";

import { externalData, titled } from "./external-data.js";

const TEXT_BERG = externalData("BITEXT_TEXT_BERG", "shared/bench-data/text-berg");
const DATA = TEXT_BERG.path;

describe("the Text+Berg scorer", () => {
  it("reads and writes links as the gold files have them", () => {
    const links = parseLinks("[0]:[0, 1]\n[6, 7]:[9, 10]\n[]:[16]\n[12]:[]:0.5\n");
    expect(links).toEqual([[[0], [0, 1]], [[6, 7], [9, 10]], [[], [16]], [[12], []]]);
    expect(links.map(formatLink)).toEqual(["[0]:[0, 1]", "[6, 7]:[9, 10]", "[]:[16]", "[12]:[]"]);
  });

  it("counts strict and lax hits as the README describes", () => {
    const gold: Link[] = [[[0], [0]], [[1], [1, 2]], [[2], []], [[3], [3]]];
    const test: Link[] = [[[0], [0]], [[1], [1]], [[], [2]], [[2], []], [[3], [3]]];
    // Precision over all 5 test links: 3 exact; [1]:[1] is a lax hit; []:[2] a lax miss.
    // Recall over the 3 non-empty gold links, judged against the 3 non-empty test links:
    // [1]:[1, 2] is not exact but meets [1]:[1].
    const s = finalScores(scoreDocument(gold, test));
    expect([s.strict.precision, s.lax.precision, s.strict.recall, s.lax.recall]).toEqual([3 / 5, 4 / 5, 2 / 3, 1]);
    expect(s.strict.f1).toBeCloseTo((2 * (3 / 5) * (2 / 3)) / (3 / 5 + 2 / 3), 10);
  });

  it.skipIf(TEXT_BERG.missing)(titled("gives the gold 1.000 against itself on the seven test documents", TEXT_BERG), () => {
    let totals;
    let links = 0;
    for (let n = 0; n < 7; n++) {
      const gold = parseLinks(readFileSync(`${DATA}/test${n}.defr`, "utf8"));
      links += gold.length;
      totals = scoreDocument(gold, gold, totals);
    }
    const s = finalScores(totals!);
    expect([links, totals!.precision.strictHit, totals!.recall.strictHit]).toEqual([916, 916, 858]);
    expect([s.strict.f1, s.lax.f1]).toEqual([1, 1]);
  });
});
