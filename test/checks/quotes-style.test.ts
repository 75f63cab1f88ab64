import { describe, expect, it } from "vitest";
import { quotesStyle } from "../../src/checks/quotes-style.js";
import { brief, runCheck } from "../run-check.js";

describe("quotes/style", () => {
  it.each([
    ["fr", "Il a parlé d’une attaque «massive».", [["«", 26, 27, "«\u00A0"], ["»", 34, 35, "\u00A0»"]]],
    // Straight quotes beside curly ones are slips, each of them.
    ["en", "He said “yes”, then \"no\" twice.", [["\"", 21, 22, "“"], ["\"", 24, 25, "”"]]],
    // Top-level quotations in French open with « », “ ” are for one inside another.
    ["fr", "Il a parlé d’une attaque “massive”.", [["“", 26, 27, "«"], ["”", 34, 35, "»"]]],
    ["de", "Er sagte «nein».", [["«", 10, 11, "„"], ["»", 15, 16, "“"]]],
    ["uk", "Він сказав “ні”.", [["“", 12, 13, "«"], ["”", 15, 16, "»"]]],
    ["en", "“He said “no” twice”", [["“", 10, 11, "‘"]]],
    ["ru", "Он сказал: «это «ложь»».", [["«", 17, 18, "„"]]],
  ])("%s: flags %j", (lang, input, expected) => {
    expect(runCheck(quotesStyle, input, { lang }).map(brief)).toEqual(expected);
  });

  it.each([
    ["fr", "Il a parlé d’une attaque « massive » et de « drones »."],
    ["fr", "Il a parlé d’une attaque «\u202Fmassive\u202F»."],
    ["en", "“He said ‘no’ twice,” she recalled; Russia’s army agreed."],
    ["en", "A report by ‘The New York Times’ said so."],
    ["es", "«No es un secreto», dijo, y añadió: “basta”."],
    ["de", "„Nein“, sagte er, »wirklich nicht«."],
    ["uk", "«Ми „вистоїмо“», — сказав він."],
    ["fr", "« Il a parlé d’une attaque “massive” », dit-il."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(quotesStyle, input, { lang })).toEqual([]);
  });
});

describe("quotes/style and HTML", () => {
  it("leaves the quotes of an HTML tag's attributes to stray/markup", () => {
    expect(runCheck(quotesStyle, "Drones <a href=\"https://x.org\">hit</a> “Odesa”.", { lang: "en" })).toEqual([]);
    expect(runCheck(quotesStyle, "He said “yes”, \"no\" <b>twice</b>.", { lang: "en" }).map(brief)).toEqual([["\"", 16, 17, "“"], ["\"", 19, 20, "”"]]);
  });
});

describe("quotes/style and straight quotes", () => {
  const article = "He said \"no\" twice.\nShe said \"yes\".\nThey said \"maybe\".";
  it("reports an article of straight quotes once, as a house style to confirm", () => {
    expect(runCheck(quotesStyle, article, { lang: "en" }).map((d) => [d.line, d.column, d.message, d.suggestion])).toEqual([
      [1, 9, "This article writes straight quotes (\") throughout: use “ ”, or set quotes/style straight: allow if that is the house style", undefined],
    ]);
  });
  it("reports every mark with straight: each, and none with straight: allow", () => {
    expect(runCheck(quotesStyle, article, { lang: "en", options: { straight: "each" } })).toHaveLength(6);
    expect(runCheck(quotesStyle, article, { lang: "en", options: { straight: "allow" } })).toEqual([]);
    expect(runCheck(quotesStyle, "Il a dit \"non\".", { lang: "fr", options: { straight: "allow" } })).toEqual([]);
  });
});
