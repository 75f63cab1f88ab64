import { describe, expect, it } from "vitest";
import { alignMissing } from "../../src/checks/align-missing.js";
import { runCheck } from "../run-check.js";

const ES = "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.";
const where = (lang: string, text: string) => runCheck(alignMissing, text, { lang, source: { text: ES, lang: "es" } })
  .map((d) => [d.line, d.column, d.endColumn, d.excerpt, d.related?.map((r) => [r.file, r.line])]);

describe("align/missing", () => {
  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nThe governor asked residents to stay in shelters."],
    ["fr", "La Russie a lancé 29 drones sur le port d’Odessa dans la nuit de mardi à mercredi.\nLe gouverneur a demandé à la population de rester dans les abris."],
    ["de", "Russland hat in der Nacht zum Mittwoch 29 Drohnen auf den Hafen von Odessa abgefeuert.\nDer Gouverneur rief die Bevölkerung auf, in den Schutzräumen zu bleiben."],
  ])("%s: flags the place of a dropped paragraph, pointing at it in the source", (lang, text) => {
    expect(where(lang, text)).toEqual([[2, 1, 1, "", [["source.txt", 2]]]]);
  });

  it("flags a paragraph dropped at the end after the last translated one", () => {
    const text = "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.";
    expect(where("en", text)).toEqual([[2, 93, 93, "", [["source.txt", 3]]]]);
  });

  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters."],
    ["uk", "Росія в ніч на середу запустила 29 дронів по порту Одеси.\nППО збила 23 з них, але уламки кількох спричинили пожежі у двох зернових складах.\nГубернатор закликав людей залишатися в укриттях."],
    ["fr", "La Russie a lancé 29 drones sur le port d’Odessa dans la nuit de mardi à mercredi, et la défense antiaérienne en a abattu 23, mais des débris ont provoqué des incendies dans deux entrepôts de céréales.\nLe gouverneur a demandé à la population de rester dans les abris."],
  ])("%s: stays silent on a complete translation, merged paragraphs included", (lang, text) => {
    expect(where(lang, text)).toEqual([]);
  });
});
