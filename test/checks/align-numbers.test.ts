import { describe, expect, it } from "vitest";
import { alignNumbers } from "../../src/checks/align-numbers.js";
import { numbersIn } from "../../src/language/numbers.js";
import { runCheck } from "../run-check.js";

const found = (lang: string, text: string, source: string, sourceLang = "es") =>
  runCheck(alignNumbers, text, { lang, source: { text: source, lang: sourceLang } }).map((d) => [d.column, d.excerpt.slice(0, 20), d.message]);

describe("align/numbers", () => {
  it.each([
    ["en", "Russia destroyed 400,000 tonnes of grain on May 24.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.",
      [[18, "400,000", "400,000 here but 40.000 in the source: check the number"]]],
    ["fr", "La Russie a détruit 40 000 tonnes de céréales le 25 mai.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.",
      [[50, "25", "25 here but 24 in the source: check the number"]]],
    ["de", "Russland zerstörte am 24. Mai Getreide.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.",
      [[1, "Russland zerstörte a", "The source has 40.000 but this paragraph does not: check it"]]],
    ["uk", "Росія знищила 40 тисяч тонн зерна 24 травня, убивши 3 людей.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.",
      [[53, "3", "3 is not in the source: check it"]]],
  ])("%s: flags %j", (lang, text, source, expected) => {
    expect(found(lang, text, source)).toEqual(expected);
  });

  it.each([
    ["en", "Russia destroyed 40,000 tonnes of grain on May 24, a 5.5% share, in the 21st century.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo, un 5,5 % del total, en el siglo XXI."],
    ["fr", "La ville, à une trentaine de kilomètres du front, a reçu 2,5 millions d’euros.", "La ciudad, a unos 30 kilómetros del frente, recibió 2,5 millones de euros."],
    ["de", "Die Stadt erhielt 2,5 Mio. Euro und 1.000 Zelte.", "La ciudad recibió 2,5 millones de euros y 1.000 tiendas."],
    ["uk", "Місто отримало 2,5 млн євро та 1 000 наметів.", "La ciudad recibió 2,5 millones de euros y 1.000 tiendas."],
    ["en", "One of the 23 drones fell on two warehouses.", "Uno de los 23 drones cayó sobre dos almacenes."],
  ])("%s: stays silent on %j", (lang, text, source) => {
    expect(found(lang, text, source)).toEqual([]);
  });

  it("reads each language's separators", () => {
    const values = (text: string, lang: string) => numbersIn(text, lang).filter((n) => !n.word).map((n) => n.value);
    expect(values("1.000 y 1,5 y 8847,60", "es")).toEqual(["1000", "1.5", "8847.6"]);
    expect(values("1,000 and 1.5 and 5 100", "en")).toEqual(["1000", "1.5", "5", "100"]);
    expect(values("1 000 et 1,5 et XXe siècle", "fr")).toEqual(["1000", "1.5", "20"]);
    expect(values("40 тисяч і 1,5 млрд", "uk")).toEqual(["40000", "1500000000"]);
  });
});
