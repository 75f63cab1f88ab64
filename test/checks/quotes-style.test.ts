import { describe, expect, it } from "vitest";
import { quotesStyle } from "../../src/checks/quotes-style.js";
import { brief, runCheck } from "../run-check.js";

describe("quotes/style", () => {
  it.each([
    ["fr", "Il a parlé d’une attaque «massive».", [["«", 26, 27, "«\u00A0"], ["»", 34, 35, "\u00A0»"]]],
    ["en", "He said \"no\" twice.", [["\"", 9, 10, "“"], ["\"", 12, 13, "”"]]],
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
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(quotesStyle, input, { lang })).toEqual([]);
  });
});

describe("quotes/style and HTML", () => {
  it("leaves the quotes of an HTML tag's attributes to stray/markup", () => {
    expect(runCheck(quotesStyle, "Drones <a href=\"https://x.org\">hit</a> “Odesa”.", { lang: "en" })).toEqual([]);
    expect(runCheck(quotesStyle, "He said \"no\" <b>twice</b>.", { lang: "en" }).map(brief)).toEqual([["\"", 9, 10, "“"], ["\"", 12, 13, "”"]]);
  });
});
