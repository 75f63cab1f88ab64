import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGlossary, parseGlossaryExactly } from "../src/glossary/parse.js";
import { quickGlossary } from "../src/glossary/quick-parse.js";
import { matchTerms } from "../src/glossary/match.js";
import { bundledGlossary } from "./run-check.js";

const failure = (text: string) => {
  try {
    parseGlossary(text, "g.yaml");
  } catch (error) {
    const e = error as { file: string; key: string; values: Record<string, unknown> };
    return [e.file, e.key, e.values.line];
  }
  return undefined;
};

describe("glossary loading", () => {
  it("reads the format of DESIGN.md, JSON included", () => {
    const yaml = "name: Test\nterms:\n  - id: kyiv\n    note: Why.\n    en: { use: Kyiv, avoid: [Kiev], except: [Chicken Kiev] }\n    uk: { use: Київ, forms: [Києва] }\n";
    const json = JSON.stringify({ name: "Test", terms: [{ id: "kyiv", note: "Why.", en: { use: "Kyiv", avoid: ["Kiev"], except: ["Chicken Kiev"] }, uk: { use: "Київ", forms: ["Києва"] } }] });
    for (const text of [yaml, json]) {
      const glossary = parseGlossary(text, "g");
      expect(glossary.names).toEqual(["Test"]);
      expect(glossary.terms.map((t) => [t.id, t.note, t.langs.en, t.langs.uk?.forms])).toEqual([
        ["kyiv", "Why.", { use: "Kyiv", also: [], avoid: ["Kiev"], except: ["Chicken Kiev"], expansion: [], forms: [] }, ["Києва"]],
      ]);
    }
  });

  it.each([
    ["terms:\n  - id: a\n    en: { use: [x\n", "glossary.syntax", 4],
    ["name: x\n", "glossary.noTerms", 1],
    ["terms:\n  - id: a\n    en: { use: A }\n  - id: a\n    en: { use: B }\n", "glossary.duplicateId", 4],
    ["terms:\n  - note: x\n    en: { use: A }\n", "glossary.noId", 2],
    ["terms:\n  - id: a\n    en: { avoid: [B] }\n", "glossary.noUse", 3],
    ["terms:\n  - id: a\n    en: { use: A, prefer: B }\n", "glossary.unknownEntryKey", 3],
    ["terms:\n  - id: a\n    english: { use: A }\n", "glossary.unknownKey", 3],
    ["terms:\n  - id: a\n    en: { use: A, avoid: [{ x: 1 }] }\n", "glossary.badValue", 3],
    ["- just a list\n", "glossary.notMapping", 1],
  ])("names the file and line of what is wrong in %j", (text, key, line) => {
    expect(failure(text)).toEqual(["g.yaml", key, line]);
  });

  it("reads any glossary the quick way exactly as the exact way, or leaves it to the exact way", () => {
    // Mostly clean glossaries, so that the quick way is compared; now and then something odd.
    const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: usual }, { weight: 1, arbitrary: odd });
    const scalar = rarely(fc.constantFrom("Kyiv", "'Kyiv'", "\"Kyiv\"", "Chicken Kiev", "12", "[Kiev, Kyyiv]", "Київ"),
      fc.constantFrom("2023-05-22", "yes", "~", "1e3", "0x1F", "''", "\" \"", "[]", "{}", "[a, 2023-05-22]", "&x Kyiv", "*x", "{use: Kyiv}"));
    const key = rarely(fc.constantFrom("also", "avoid", "except", "expansion", "forms"), fc.constantFrom("bogus", "use"));
    const entry = fc.tuple(scalar, fc.array(fc.tuple(key, scalar), { maxLength: 3 })).map(([use, rest]) => [["use", use] as const, ...rest]);
    const term = fc.record({
      id: rarely(fc.constantFrom("kyiv", "odesa", "lviv", "kharkiv", "'mykolaiv'", "\"dnipro\""), fc.constantFrom("1", "~", "[a]")),
      note: fc.option(scalar, { nil: undefined }),
      langs: fc.uniqueArray(fc.tuple(rarely(fc.constantFrom("en", "es", "uk", "en-GB", "pt-BR"), fc.constantFrom("EN", "xx", "123", "note")), entry, fc.boolean()),
        { minLength: 1, maxLength: 3, selector: ([lang]) => lang.toLowerCase() }),
      merge: rarely(fc.constant(false), fc.constant(true)),
    });
    const glossary = fc.uniqueArray(term, { maxLength: 5, selector: (t) => t.id }).map((terms) => ["name: test", "terms:", ...terms.flatMap((t) => [
      `  - id: ${t.id}`,
      ...(t.note === undefined ? [] : [`    note: ${t.note}`]),
      ...(t.merge ? ["    <<: *x"] : []),
      ...t.langs.flatMap(([lang, pairs, flow]) => (flow
        ? [`    ${lang}: {${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")}}`]
        : [`    ${lang}:`, ...pairs.map(([k, v]) => `      ${k}: ${v}`)])),
    ])].join("\n"));
    const outcome = (read: () => unknown) => {
      try {
        return read();
      } catch (error) {
        return error;
      }
    };
    let quick = 0;
    fc.assert(fc.property(glossary, (text) => {
      if (quickGlossary(text, "g.yaml")?.terms.length) quick++;
      expect(outcome(() => parseGlossary(text, "g.yaml"))).toEqual(outcome(() => parseGlossaryExactly(text, "g.yaml")));
    }), { numRuns: 500, seed: 12 });
    // Enough of them are clean glossaries with terms for the quick way to be compared.
    expect(quick).toBeGreaterThan(30);
  });

  it("reads 100,000 terms the quick way", () => {
    const text = ["terms:", ...Array.from({ length: 100_000 }, (_, n) => `  - id: t${n}\n    en: { use: Term${n} place, avoid: [Tirm${n} place] }`)].join("\n");
    const quick = quickGlossary(text, "g.yaml");
    expect(quick?.terms).toHaveLength(100_000);
    expect(quick?.terms[99_999]).toEqual({ id: "t99999", file: "g.yaml", line: 2 * 99_999 + 2, langs: { en: {
      use: "Term99999 place", also: [], avoid: ["Tirm99999 place"], except: [], expansion: [], forms: [],
    } } });
  }, 60_000);

  it("ships at least 40 terms, each with a note, in en, es, fr, de, uk and ru", () => {
    expect(bundledGlossary.terms.length).toBeGreaterThanOrEqual(40);
    for (const term of bundledGlossary.terms) expect(term.note, term.id).toMatch(/\S/u);
    const complete = bundledGlossary.terms.filter((t) => ["en", "es", "fr", "de", "uk", "ru"].every((l) => t.langs[l]));
    expect(complete.length).toBeGreaterThanOrEqual(40);
  });

  it("matches terms of several words across line breaks, in Latin and Cyrillic, on word boundaries", () => {
    const text = "the Russian\nFreedom Legion and Kievan Rus, Kiev’s, Kievs";
    expect(matchTerms(bundledGlossary, "en", text).map((m) => [m.text, m.role])).toEqual([
      ["Russian\nFreedom Legion", "avoid"], ["Kievan Rus", "except"], ["Kiev", "avoid"],
    ]);
    expect(matchTerms(bundledGlossary, "uk", "Києвом і Києвоград").map((m) => [m.text, m.role])).toEqual([["Києвом", "form"]]);
  });

  it("treats term text as data, never as a pattern", () => {
    const glossary = parseGlossary('terms:\n  - id: x\n    en: { use: "a.b (c)+", avoid: ["x*y"] }\n', "g");
    expect(matchTerms(glossary, "en", "axb c, a.b (c)+ and xxy, x*y").map((m) => m.text)).toEqual(["a.b (c)+", "x*y"]);
  });
});
