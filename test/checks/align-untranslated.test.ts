import { beforeAll, describe, expect, it } from "vitest";
import { alignUntranslated } from "../../src/checks/align-untranslated.js";
import { loadIdentifier } from "../../src/language/identify.js";
import { runCheck } from "../run-check.js";

const ES = "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\n«Resistiremos», dijo Kiper.";
const ES_PARAGRAPH = "Las defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.";
const found = (lang: string, text: string, locale = "en") => runCheck(alignUntranslated, text, { lang, locale, source: { text: ES, lang: "es" } })
  .map((d) => [d.line, d.message]);

beforeAll(loadIdentifier);

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

describe("align/untranslated, a name on a line of its own", () => {
  it("is a name, not an untranslated paragraph", () => {
    const source = "Rusia lanzó 29 drones contra el puerto de Odesa.\nOleh Kiper, Gobernador de Odesa\nEl gobernador pidió calma.";
    const text = "Russia launched 29 drones at the port of Odesa.\nOleh Kiper, Gobernador de Odesa\nThe governor called for calm.";
    expect(runCheck(alignUntranslated, text, { lang: "en", source: { text: source, lang: "es" } })).toEqual([]);
  });
});

describe("align/untranslated, sentence by sentence", () => {
  const ES2 = "Rusia lanzó 29 drones contra el puerto de Odesa.\nEl gobernador pidió a la población que permanezca en los refugios. Las escuelas cerrarán el lunes.\nKiper habló con la prensa.";
  const sentences = (lang: string, text: string, source = ES2, sourceLang = "es") =>
    runCheck(alignUntranslated, text, { lang, source: { text: source, lang: sourceLang } }).map((d) => [d.line, d.column, d.excerpt, d.message]);

  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa.\nThe governor asked residents to stay in shelters. Las escuelas cerrarán el lunes.\nKiper spoke to the press.",
      [[2, 51, "Las escuelas cerrarán el lunes.", "This sentence reads as Spanish, not English: translate it"]]],
    ["de", "Russland feuerte 29 Drohnen auf den Hafen von Odessa.\nDer Gouverneur bat die Bevölkerung, in den Schutzräumen zu bleiben. Las escuelas cerrarán el lunes.\nKiper sprach mit der Presse.",
      [[2, 69, "Las escuelas cerrarán el lunes.", "This sentence reads as Spanish, not German: translate it"]]],
    ["fr", "La Russie a lancé 29 drones sur le port d’Odessa.\nEl gobernador pidió calma a la población. Les écoles de toute la région fermeront lundi, ainsi que les crèches et les bibliothèques municipales.\nKiper a parlé à la presse.",
      [[2, 1, "El gobernador pidió calma a la población.", "This sentence reads as Spanish, not French: translate it"]]],
  ])("%s: flags a short sentence left in the source's language", (lang, text, expected) => {
    expect(sentences(lang, text)).toEqual(expected);
  });

  it.each([
    // A quotation kept in the original, with its translation, and names.
    ["en", "Russia launched 29 drones at the port of Odesa.\nThe governor said: “Permanezcan en los refugios” (stay in shelters). Schools will close on Monday.\nKiper spoke to the press."],
    ["en", "Russia launched 29 drones at the port of Odesa.\nThe governor asked residents to stay in shelters. Schools close on Monday.\nOleh Kiper of the Consejo Regional de Odesa."],
    ["de", "Russland feuerte 29 Drohnen auf den Hafen von Odessa.\nDer Gouverneur bat, in den Schutzräumen zu bleiben. Die Schulen schließen am Montag.\nKiper sprach mit der Presse."],
    ["uk", "Росія запустила 29 дронів по порту Одеси.\nГубернатор попросив людей залишатися в укриттях. Школи закриються в понеділок.\nКіпер поговорив із журналістами."],
  ])("%s: stays silent on translated sentences, quotations and names", (lang, text) => {
    expect(sentences(lang, text)).toEqual([]);
  });
});
