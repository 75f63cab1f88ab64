import { describe, expect, it } from "vitest";
import { parseGlossary } from "../src/glossary/load.js";
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
