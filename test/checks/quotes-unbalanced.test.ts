import { describe, expect, it } from "vitest";
import { quotesUnbalanced } from "../../src/checks/quotes-unbalanced.js";
import { brief, runCheck } from "../run-check.js";

describe("quotes/unbalanced", () => {
  it.each([
    ["en", "“There were many strikes, Gladkov said.", "“", 1, 2],
    ["en", "Gladkov said: many strikes.” Then he left.", "”", 28, 29],
    ["es", "Peskov dijo: «no es un secreto.", "«", 14, 15],
    ["de", "Er sagte: „Nein. Dann ging er.", "„", 11, 12],
    ["uk", "Він сказав: «ні, — і пішов.", "«", 13, 14],
    ["fr", "Il a dit : « non, puis il est parti.", "«", 12, 13],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn) => {
    expect(runCheck(quotesUnbalanced, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, undefined]]);
  });

  it.each([
    ["en", "“It is no secret,” Peskov said, “that the West is involved.”"],
    ["en", "A report by ‘The New York Times’ said the soldiers’ unit had left."],
    ["es", "«No es un secreto», dijo. «Lo sabemos “todos”»."],
    ["de", "„Das ist ‚kein‘ Geheimnis“, sagte er."],
    ["uk", "«Ми „вистоїмо“», — сказав він."],
    ["ru", "«Мы не „сдадимся“», — сказал он."],
    ["fr", "« C’est faux », a-t-il dit."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(quotesUnbalanced, input, { lang })).toEqual([]);
  });

  it("lets a quotation run on into the next paragraph, as English style has it", () => {
    const input = "“The Ukrainians are trying to push.\n“The Russians are forced to respond,” he said.\n";
    expect(runCheck(quotesUnbalanced, input, { lang: "en" })).toEqual([]);
  });

  it("pairs a quotation broken over two paragraphs, as a transcript's segments break it", () => {
    expect(runCheck(quotesUnbalanced, "And she said, “I don't think\nwe can do this,” and left.\n", { lang: "en" })).toEqual([]);
    expect(runCheck(quotesUnbalanced, "Und sie sagte: „Ich glaube nicht,\ndass wir das schaffen“, und ging.\n", { lang: "de" })).toEqual([]);
    // Two paragraphs apart, or a heading between, they are two faults.
    const apart = runCheck(quotesUnbalanced, "And she said, “I don't think so.\n\nThey left.\n\nwe can do this,” she said.\n", { lang: "en", format: "markdown" });
    expect(apart.map((d) => [d.line, d.message])).toEqual([
      [1, "Opening “ is never closed: add ” where the quotation ends"], [5, "Closing ” has no opening mark: add “ where the quotation starts, or remove it"],
    ]);
  });

  it("flags an opening mark left open at the end of the article", () => {
    const input = "He said it was over.\n“The Russians are forced to respond, he said.\n";
    const found = runCheck(quotesUnbalanced, input, { lang: "en" });
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 1, "Opening “ is never closed: add ” where the quotation ends"],
    ]);
  });
});
