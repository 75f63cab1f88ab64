import { describe, expect, it } from "vitest";
import { alignLength } from "../../src/checks/align-length.js";
import { runCheck } from "../run-check.js";

const ES = "Rusia lanzó 29 drones contra el puerto de Odesa durante la madrugada del miércoles.\nLas defensas antiaéreas derribaron 23 de los aparatos, pero los restos de varios de ellos provocaron incendios en dos almacenes de grano del puerto.\nEl gobernador pidió a la población que permanezca en los refugios.";
const found = (lang: string, text: string) => runCheck(alignLength, text, { lang, source: { text: ES, lang: "es" } }).map((d) => [d.line, d.message]);

describe("align/length", () => {
  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nSome 23 were shot down.\nThe governor asked residents to stay in shelters.", [[2, "This paragraph is 21% of the length its source suggests: check that nothing is left out"]]],
    ["fr", "La Russie a lancé 29 drones sur le port d’Odessa dans la nuit.\n23 drones abattus.\nLe gouverneur a demandé à la population de rester dans les abris.", [[2, "This paragraph is 16% of the length its source suggests: check that nothing is left out"]]],
    ["de", "Russland hat in der Nacht zum Mittwoch 29 Drohnen auf den Hafen von Odessa abgefeuert.\nDie Luftabwehr schoss 23 davon ab, doch Trümmer setzten zwei Getreidelager des Hafens in Brand; die Angriffe auf den Hafen dauern seit Juli fast jede Nacht an, die Feuerwehr war bis zum Morgen im Einsatz, und niemand sollte vor Tagesanbruch die Schutzräume verlassen, sagte die Stadtverwaltung am Morgen in Odessa vor Journalisten.\nDer Gouverneur rief die Bevölkerung auf, in den Schutzräumen zu bleiben.", [[2, "This paragraph is 205% of the length its source suggests: check that nothing was added"]]],
  ])("%s: flags a paragraph far from its source's length", (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it.each([
    ["en", "Russia launched 29 drones at the port of Odesa early on Wednesday.\nAir defences shot down 23 of them, but debris from several set fire to two grain warehouses in the port.\nThe governor asked residents to stay in shelters."],
    ["uk", "Росія в ніч на середу запустила 29 дронів по порту Одеси.\nППО збила 23 з них, але уламки кількох спричинили пожежі у двох зернових складах порту.\nГубернатор закликав людей залишатися в укриттях."],
    ["de", "Russland hat in der Nacht zum Mittwoch 29 Drohnen auf den Hafen von Odessa abgefeuert.\nDie Luftabwehr schoss 23 davon ab, doch Trümmer setzten zwei Getreidelager des Hafens in Brand.\nDer Gouverneur rief die Bevölkerung auf, in den Schutzräumen zu bleiben."],
  ])("%s: stays silent on paragraphs of their source's length", (lang, text) => {
    expect(found(lang, text)).toEqual([]);
  });
});
