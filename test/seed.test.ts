// The real, published translation in ../shared/seed/: every defect DEVELOPERS.md describes is
// flagged where it stands, and no other paragraph gets a diagnostic. The article is not ours, so
// it stays out of the repository: BITEXT_SEED names it.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../src/i18n/index.js";
import type { Diagnostic, Report } from "../src/types.js";
import { checkPaths } from "../src/workspace/check.js";
import { externalData, titled } from "./external-data.js";

const DATA = externalData("BITEXT_SEED", "shared/seed/belgorod-en.txt");
const SEED = DATA.path;

const EXPECTED: readonly [line: number, column: number, ruleId: string, excerpt: string][] = [
  [3, 225, "glossary/term", "Kiev"],
  [11, 1, "stray/embed", "Russian media report that the buildings of FSB (Federal Security Bureau) and internal affairs ministry were under strike in Belgorod, Russia."],
  [11, 44, "glossary/expansion", "FSB (Federal Security Bureau)"],
  [12, 1, "stray/embed", "Reportedly, the buildings were attacked by drones."],
  [12, 52, "stray/embed", "pic.twitter.com/rJrN4QKfg6"],
  [13, 1, "stray/embed", "— Anton Gerashchenko (@Gerashchenko_en) May 22, 2023"],
  [14, 95, "glossary/term", "kyiv"],
  [14, 201, "glossary/term", "Russian Freedom Legion"],
  [17, 217, "glossary/term", "Russian Freedom Legion"],
  [19, 10, "glossary/term", "Kiev"],
  [20, 164, "glossary/term", "Kiev"],
  [20, 290, "text/sentence-case", "a"],
  [20, 298, "quotes/misplaced", "”"],
  [21, 290, "quotes/misplaced", " ”"],
  [22, 1, "stray/embed", "After the raid in the Belgorod People’s Republic, Russian volunteers (RDK) return to Ukraine."],
  [23, 1, "stray/embed", "Waiting for new raids."],
  [23, 24, "stray/embed", "pic.twitter.com/pIHxRybkpo"],
  [23, 50, "stray/embed", "—Ukraine Front Lines (@EuromaidanPR) May 23, 2023"],
  [24, 81, "glossary/term", "Russian Freedom Legion"],
  [26, 173, "glossary/term", "kyiv"],
  [30, 1, "stray/embed", "A group of armed men crossed from Northeast Ukraine into Russia amid fighting in the Belgorod region."],
  [31, 1, "stray/embed", "The Kremlin calls the men Ukrainian saboteurs — but Ukraine says they were Russian paramilitary partisans who are opposed to Putin."],
  [31, 133, "stray/embed", "pic.twitter.com/8iGCoMVxap"],
  [32, 1, "stray/embed", "—CBS Mornings (@CBSMornings) May 23, 2023"],
  [33, 159, "glossary/term", "Kiev"],
];

describe.skipIf(DATA.missing)(titled("the seed article (belgorod-en.txt)", DATA), () => {
  let report: Report;
  let diagnostics: Diagnostic[];
  beforeAll(async () => {
    report = await checkPaths({ paths: [SEED], lang: "en", t: createTranslator("en") });
    diagnostics = report.results.flatMap((r) => r.diagnostics);
  });

  it("is read without problems", () => {
    expect(report.problems).toEqual([]);
    expect(report.results).toHaveLength(1);
  });

  it("flags every defect at its line and column, with the text at fault", () => {
    expect(diagnostics.map((d) => [d.line, d.column, d.ruleId, d.excerpt])).toEqual(EXPECTED);
  });

  it("says what to write instead where there is one right answer", () => {
    const suggestions = diagnostics.filter((d) => d.ruleId !== "stray/embed").map((d) => [d.line, d.suggestion]);
    expect(suggestions).toEqual([
      [3, "Kyiv"], [11, "FSB (Federal Security Service)"], [14, "Kyiv"], [14, "Freedom of Russia Legion"],
      [17, "Freedom of Russia Legion"], [19, "Kyiv"], [20, "Kyiv"], [20, "A"], [20, undefined], [21, "” "],
      [24, "Freedom of Russia Legion"], [26, "Kyiv"], [33, "Kyiv"],
    ]);
  });

  it("leaves every paragraph without a defect alone", () => {
    const lines = readFileSync(SEED, "utf8").split("\n").length;
    const flagged = new Set(EXPECTED.map(([line]) => line));
    const clean = Array.from({ length: lines }, (_, i) => i + 1).filter((line) => !flagged.has(line));
    expect(clean.length).toBeGreaterThan(15);
    expect(diagnostics.filter((d) => clean.includes(d.line))).toEqual([]);
  });
});
