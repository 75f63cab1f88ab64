import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAutomaton } from "../src/glossary/automaton.js";
import { matchTerms, phraseKey } from "../src/glossary/match.js";
import type { Glossary, GlossaryTerm } from "../src/types.js";

// The matcher bitext used before: one alternation, longest first, on word boundaries. The
// automaton must find exactly what it found.
function reference(phrases: readonly string[], text: string) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const keys = [...new Set(phrases.map(phraseKey))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${keys.map((k) => k.split(" ").map(escape).join("\\s+")).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "giu");
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length, phraseKey(m[0])]);
}

const glossaryOf = (phrases: readonly string[]): Glossary => ({
  names: ["test"],
  terms: phrases.map((use, n): GlossaryTerm => ({ id: `t${n}`, file: "g", line: n + 1, langs: { en: { use, also: [], avoid: [], except: [], expansion: [], forms: [] } } })),
});

describe("the glossary automaton", () => {
  it("finds what one big alternation finds, on arbitrary text", () => {
    // Phrases that end in punctuation ("U.S."), open with it ("(FSB)") or hold astral letters.
    const word = fc.constantFrom("kiev", "Kiev", "KIEV", "chicken", "Chicken Kiev", "kievan", "rus", "Київ", "київ", "a", "ab", "aba", "b",
      "U.S.", "u.s", "(fsb)", "FSB", "𝒜", "𝒜b", "é");
    const phrases = fc.uniqueArray(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 8 });
    const text = fc.array(fc.oneof(word, fc.constantFrom(" ", "  ", "\n", ".", ",", "’s", "-", "x", "(", ")", "9", "\u{1D49C}")), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(fc.property(phrases, text, (ps, t) => {
      const keys = [...new Set(ps.map(phraseKey))];
      const found = buildAutomaton(keys).match(t).map((m) => [m.start, m.end, keys[m.pattern]!]);
      expect(found).toEqual(reference(ps, t));
    }), { numRuns: 3000, seed: 7 });
  });

  it("loads 100,000 terms quickly and matches a long text in time comparable to scanning it", () => {
    const terms = Array.from({ length: 100_000 }, (_, n) => `term${n.toString(36)} place${(n * 7919).toString(36)}`);
    const glossary = glossaryOf(terms);
    const built = performance.now();
    expect(matchTerms(glossary, "en", "warm up")).toEqual([]); // builds the automaton
    const buildTime = performance.now() - built;
    const text = `${"Drones flew over Kyiv and term1a place7cxb near the border. ".repeat(20_000)}term2 place${(2 * 7919).toString(36)}.`;
    const started = performance.now();
    const found = matchTerms(glossary, "en", text);
    const matchTime = performance.now() - started;
    expect(found.map((m) => m.text)).toEqual([`term2 place${(2 * 7919).toString(36)}`]);
    // A plain pass over the same 1.2 MB: lower-case it and look for one word.
    const scanStarted = performance.now();
    for (let i = 0; i < 10; i++) text.toLowerCase().indexOf("term2 ");
    const scan = (performance.now() - scanStarted) / 10;
    expect(buildTime).toBeLessThan(10_000);
    expect(matchTime / Math.max(scan, 0.5)).toBeLessThan(150);
  }, 60_000);

  it("stays linear on long runs of near matches", () => {
    const automaton = buildAutomaton(["aaaaaaaaab", "aaaab", "ab"]);
    const time = (n: number) => {
      const text = "a".repeat(n);
      const started = performance.now();
      automaton.match(text);
      return performance.now() - started;
    };
    time(100_000); // warm up
    const small = time(200_000);
    const large = time(1_600_000);
    expect(large / Math.max(small, 0.5)).toBeLessThan(20); // 8× the text; quadratic would be 64×
  });
});
