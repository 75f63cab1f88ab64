import { describe, expect, it } from "vitest";
import { glossaryMissing } from "../../src/checks/glossary-missing.js";
import { runCheck } from "../run-check.js";

const found = (lang: string, text: string, source: string) =>
  runCheck(glossaryMissing, text, { lang, source: { text: source, lang: "es" } }).map((d) => [d.line, d.column, d.message]);

describe("glossary/missing", () => {
  it.each([
    ["en", "The Russian legion claimed the attack.", "La Legión Libertad de Rusia reivindicó el ataque.", "The source has “Legión Libertad de Rusia” but the translation has no “Freedom of Russia Legion”: use the glossary's rendering"],
    ["fr", "Le service de sécurité a arrêté un homme.", "El SBU detuvo a un hombre.", "The source has “SBU” but the translation has no “SBU”: use the glossary's rendering"],
    ["uk", "Дрони атакували місто.", "Los drones atacaron Járkov.", "The source has “Járkov” but the translation has no “Харків”: use the glossary's rendering"],
  ])("%s: flags a translation without the term", (lang, text, source, message) => {
    expect(found(lang, text, source)).toEqual([[1, 1, message]]);
  });

  it.each([
    ["en", "The Freedom of Russia Legion claimed the attack on Kyiv.", "La Legión Libertad de Rusia reivindicó el ataque contra Kiev."],
    ["uk", "Дрони атакували Харків, а потім Харківщину й Запорізьку АЕС.", "Los drones atacaron Járkov y luego la región de Járkov y la central de Zaporiyia."],
    ["de", "Die ukrainische Armee griff Kiew an.", "Las Fuerzas Armadas de Ucrania atacaron Kiev."],
    ["en", "Drones hit Kiev.", "Los drones atacaron Kiev."],
  ])("%s: stays silent when the term is there, inflected, adjectival or even avoided", (lang, text, source) => {
    expect(found(lang, text, source)).toEqual([]);
  });
});
