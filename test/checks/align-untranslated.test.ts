import { describe, expect, it } from "vitest";
import { alignUntranslated } from "../../src/checks/align-untranslated.js";
import { runCheck } from "../run-check.js";

const ES = "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\n«Resistiremos», dijo Kiper.";
const ES_PARAGRAPH = "Las defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.";
const found = (lang: string, text: string, locale = "en") => runCheck(alignUntranslated, text, { lang, locale, source: { text: ES, lang: "es" } })
  .map((d) => [d.line, d.message]);

describe("align/untranslated", () => {
  it.each([
    ["en", `Russia launched 29 drones at the port of Odesa early on Wednesday.\n${ES_PARAGRAPH}\n“We will hold out,” Kiper said.`, [[2, "This paragraph is the source text, untranslated: translate it"]]],
    ["fr", "La Russie a lancé 29 drones sur le port d’Odessa dans la nuit de mardi à mercredi.\nLa défense antiaérienne en a abattu 23, mais des débris ont provoqué des incendies dans deux entrepôts.\n«Resistiremos», dijo Kiper.", [[3, "This paragraph is the source text, untranslated: translate it"]]],
    ["uk", "Росія в ніч на середу запустила 29 дронів по порту Одеси.\nПВО сбила 23 из них, но обломки нескольких беспилотников вызвали пожары на двух зерновых складах порта.\n«Вистоїмо», — сказав Кіпер.", [[2, "This paragraph reads as Russian, not Ukrainian: translate it"]]],
  ])("%s: flags a paragraph left in the source or another language", (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it("names the languages in the reader's locale", () => {
    const text = `Russia launched 29 drones at the port of Odesa early on Wednesday.\nLas defensas antiaéreas derribaron 23 de los aparatos; los restos provocaron incendios en dos almacenes.\n“We will hold out,” Kiper said.`;
    expect(found("en", text, "es")).toEqual([[2, "Este párrafo parece estar en español, no en inglés: tradúzcalo"]]);
  });

  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\n“Resistiremos” (“We will hold out”), Kiper said."],
    ["de", "Russland hat in der Nacht zum Mittwoch 29 Drohnen auf den Hafen von Odessa abgefeuert.\nDie Luftabwehr schoss 23 davon ab, doch Trümmer setzten zwei Getreidelager in Brand.\nOleh Kiper."],
    ["uk", "Росія в ніч на середу запустила 29 дронів по порту Одеси.\nППО збила 23 з них, але уламки кількох спричинили пожежі у двох зернових складах.\n«Вистоїмо», — сказав Кіпер."],
  ])("%s: stays silent on a translation, short names and quotes included", (lang, text) => {
    expect(found(lang, text)).toEqual([]);
  });
});
