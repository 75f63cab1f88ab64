import { describe, expect, it } from "vitest";
import { alignExtra } from "../../src/checks/align-extra.js";
import { runCheck } from "../run-check.js";

const ES = "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano.\nEl gobernador pidió a la población que permanezca en los refugios.";
const where = (lang: string, text: string) => runCheck(alignExtra, text, { lang, source: { text: ES, lang: "es" } })
  .map((d) => [d.line, d.column, d.excerpt]);

describe("align/extra", () => {
  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses.\nFollow our live coverage on our website.\nThe governor asked residents to stay in shelters.", [[3, 1, "Follow our live coverage on our website."]]],
    ["de", "Russland hat in der Nacht zum Mittwoch 29 Drohnen auf den Hafen von Odessa abgefeuert.\nDie Luftabwehr schoss 23 davon ab, doch Trümmer setzten zwei Getreidelager in Brand.\nDer Gouverneur rief die Bevölkerung auf, in den Schutzräumen zu bleiben.\nUnser Korrespondent berichtet aus Odessa.", [[4, 1, "Unser Korrespondent berichtet aus Odessa."]]],
    ["uk", "Росія в ніч на середу запустила 29 дронів по порту Одеси.\nЧитайте також: як захиститися під час атаки дронів.\nППО збила 23 з них, але уламки кількох спричинили пожежі у двох зернових складах.\nГубернатор закликав людей залишатися в укриттях.", [[2, 1, "Читайте також: як захиститися під час атаки дронів."]]],
  ])("%s: flags an added paragraph", (lang, text, expected) => {
    expect(where(lang, text)).toEqual(expected);
  });

  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them.\nBut debris from several set fire to two grain warehouses.\nThe governor asked residents to stay in shelters."],
    ["fr", "La Russie a lancé 29 drones sur le port d’Odessa dans la nuit de mardi à mercredi.\nLa défense antiaérienne en a abattu 23, mais des débris ont provoqué des incendies dans deux entrepôts de céréales.\nLe gouverneur a demandé à la population de rester dans les abris."],
    ["de", "Russland hat in der Nacht zum Mittwoch 29 Drohnen auf den Hafen von Odessa abgefeuert.\nDie Luftabwehr schoss 23 davon ab, doch Trümmer setzten zwei Getreidelager in Brand.\nDer Gouverneur rief die Bevölkerung auf, in den Schutzräumen zu bleiben."],
  ])("%s: stays silent on a faithful translation, a split paragraph included", (lang, text) => {
    expect(where(lang, text)).toEqual([]);
  });
});
