import { describe, expect, it } from "vitest";
import { glossaryTerm } from "../../src/checks/glossary-term.js";
import { entryFor } from "../../src/glossary/match.js";
import { brief, bundledGlossary, runCheck } from "../run-check.js";

describe("glossary/term", () => {
  it.each([
    ["en", "weapons supplied by Kiev’s Western allies", "Kiev", 21, 25, "Kyiv"],
    ["en", "accusations between kyiv and Moscow", "kyiv", 21, 25, "Kyiv"],
    ["en", "the Russian Volunteer Corps and the Russian Freedom Legion.", "Russian Freedom Legion", 37, 59, "Freedom of Russia Legion"],
    ["en", "A STRIKE ON KIEV", "KIEV", 13, 17, "KYIV"],
    ["en", "the Kiev-based army", "Kiev", 5, 9, "Kyiv"],
    ["uk", "Обстріл Киева тривав", "Киева", 9, 14, "Київ"],
    ["uk", "Обстріл Киев тривав", "Киев", 9, 13, "Київ"],
    ["uk", "Він живе на Україні давно", "на Україні", 10, 20, "в Україні"],
    ["de", "Die gruppe Wagner griff an", "gruppe Wagner", 5, 18, "Gruppe Wagner"],
    ["es", "La legión rusa por la libertad dijo", "legión rusa por la libertad", 4, 31, "Legión Libertad de Rusia"],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(glossaryTerm, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "He ordered Chicken Kiev in Kyiv; Kievan Rus was older."],
    ["en", "Kyiv, Kharkiv and Odesa, near Odessa, Texas? No: Odesa."],
    ["en", "The Ukraine war started in Ukraine; un-American, said the UN."],
    ["es", "Kiev y Járkov, en Ucrania, y la Legión Libertad de Rusia."],
    ["fr", "Les drones ont visé Kyiv et Kharkiv ; la légion Liberté de la Russie."],
    ["de", "Kyjiw und Charkiw; die Gruppe Wagner."],
    ["uk", "У Києві та в Україні; легіон «Свобода Росії» і Російський добровольчий корпус."],
    ["ru", "В Киеве и Харькове; легион «Свобода России»."],
    // The name of an account an embed is attributed to is its owner's to choose.
    ["en", "Drones over Kyiv. pic.twitter.com/abcd1234\n— Kiev Independent (@KyivIndependent) May 3, 2023"],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(glossaryTerm, input, { lang })).toEqual([]);
  });

  it("flags every avoided form of the bundled glossary and passes every exception", () => {
    for (const term of bundledGlossary.terms) {
      for (const [lang, entry] of Object.entries(term.langs)) {
        for (const avoid of entry.avoid) {
          const found = runCheck(glossaryTerm, `Before ${avoid} after.`, { lang });
          expect(found.map((d) => [d.excerpt, d.column]), `${term.id} ${lang} ${avoid}`).toEqual([[avoid, 8]]);
        }
        for (const except of entry.except) {
          expect(runCheck(glossaryTerm, `Before ${except} after.`, { lang }), `${term.id} ${lang} ${except}`).toEqual([]);
        }
        expect(runCheck(glossaryTerm, `Before ${entry.use} after.`, { lang }), `${term.id} ${lang} ${entry.use}`).toEqual([]);
      }
    }
  });

  it("looks up a regional tag's entry under its language", () => {
    const term = bundledGlossary.terms.find((t) => t.id === "kyiv")!;
    expect(entryFor(term, "en-GB")?.use).toBe("Kyiv");
  });

  it("reports a word inside Markdown emphasis and links at its true place", () => {
    const input = "# Drones over *Kiev*\n\nA [strike on **Kiev**](https://example.com) hit.\n\n- kyiv again\n\n"
      + "> Quoted from\r\n> Kiev today\r\n\n| city |\n| --- |\n| _Kiev_ |\n";
    const found = runCheck(glossaryTerm, input, { lang: "en", format: "markdown" });
    expect(found.map((d) => [d.line, d.column, d.endColumn, d.excerpt])).toEqual([
      [1, 16, 20, "Kiev"],
      [3, 16, 20, "Kiev"],
      [5, 3, 7, "kyiv"],
      [8, 3, 7, "Kiev"],
      [12, 4, 8, "Kiev"],
    ]);
  });
});
