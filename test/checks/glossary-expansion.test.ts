import { describe, expect, it } from "vitest";
import { glossaryExpansion } from "../../src/checks/glossary-expansion.js";
import type { Glossary, GlossaryTerm } from "../../src/types.js";
import { brief, runCheck } from "../run-check.js";

// Acronyms A0, A1, … each with an expansion, and FSB among them.
function acronymGlossary(count: number): Glossary {
  const entry = (use: string, expansion: string) => ({ use, also: [], avoid: [], except: [], expansion: [expansion], forms: [] });
  const terms: GlossaryTerm[] = Array.from({ length: count }, (_, n) => ({
    id: `a${n}`, file: "g.yaml", line: n + 1, langs: { en: entry(`Q${n.toString(36).toUpperCase()}X`, `Quango Number ${n}`) },
  }));
  terms.push({ id: "fsb", file: "g.yaml", line: count + 1, langs: { en: entry("FSB", "Federal Security Service") } });
  return { names: ["g.yaml"], terms };
}

describe("glossary/expansion", () => {
  it.each([
    ["en", "the buildings of FSB (Federal Security Bureau) and", "FSB (Federal Security Bureau)", 18, 47, "FSB (Federal Security Service)"],
    ["en", "the Federal Security Bureau (FSB) said", "Federal Security Bureau (FSB)", 5, 34, "Federal Security Service (FSB)"],
    ["es", "el Servicio Federal de Inteligencia (FSB) dijo", "Servicio Federal de Inteligencia (FSB)", 4, 42, "Servicio Federal de Seguridad (FSB)"],
    ["ru", "сообщила ФСБ (Федеральная служба разведки) утром", "ФСБ (Федеральная служба разведки)", 10, 43, "ФСБ (Федеральная служба безопасности)"],
    ["fr", "le SBU (Service de renseignement d’Ukraine) a dit", "SBU (Service de renseignement d’Ukraine)", 4, 44, "SBU (Service de sécurité d’Ukraine)"],
    // Inflection changes endings, never the head of a compound nor an adjective's stem.
    ["de", "der FSB (Föderales Sicherheitsbüro) teilte mit", "FSB (Föderales Sicherheitsbüro)", 5, 36, "FSB (Inlandsgeheimdienst)"],
    ["de", "der FSB (Föderativer Sicherheitsdienst) teilte mit", "FSB (Föderativer Sicherheitsdienst)", 5, 40, "FSB (Inlandsgeheimdienst)"],
    ["ru", "сообщила ФСБ (Федеративная служба безопасности) утром", "ФСБ (Федеративная служба безопасности)", 10, 48, "ФСБ (Федеральная служба безопасности)"],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(glossaryExpansion, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "the FSB (Federal Security Service) and the Royal United Services Institute (RUSI)."],
    ["en", "Russian volunteers (RDK) return to Ukraine; the FSB (the old KGB) was silent."],
    ["es", "el Servicio Federal de Seguridad (FSB) y la Unión Europea (UE)."],
    ["ru", "сотрудники Федеральной службы безопасности (ФСБ) задержали"],
    ["de", "die Europäische Union (EU) und der FSB (Inlandsgeheimdienst)"],
    ["de", "Beamte des Föderalen Sicherheitsdienstes (FSB) und der FSB (Föderaler Sicherheitsdienst)"],
    ["en", "the FSB (Federal Security Services of Russia) and the SBU (Security Service of Ukraine)"],
    ["uk", "Служба безпеки України (СБУ) повідомила"],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(glossaryExpansion, input, { lang })).toEqual([]);
  });

  it("looks for every acronym of a large glossary in one pass over the text", () => {
    const text = `${"Officials of the FSB (Federal Security Service) met QAAX (Quango Number 370) today. ".repeat(2_000)}The FSB (Federal Security Bureau) said.`;
    const run = (glossary: Glossary) => {
      runCheck(glossaryExpansion, "warm up", { lang: "en", glossary }); // builds the glossary's automaton
      const started = performance.now();
      const found = runCheck(glossaryExpansion, text, { lang: "en", glossary });
      return { found, time: performance.now() - started };
    };
    const one = run(acronymGlossary(0));
    const many = run(acronymGlossary(20_000));
    const column = text.lastIndexOf("FSB (") + 1;
    expect(many.found.map(brief)).toEqual([["FSB (Federal Security Bureau)", column, column + 29, "FSB (Federal Security Service)"]]);
    expect(many.found.map(brief)).toEqual(one.found.map(brief));
    // One regular expression per acronym would cost 20,000 passes.
    expect(many.time / Math.max(one.time, 1)).toBeLessThan(5);
  });
});
