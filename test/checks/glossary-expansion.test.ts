import { describe, expect, it } from "vitest";
import { glossaryExpansion } from "../../src/checks/glossary-expansion.js";
import { brief, runCheck } from "../run-check.js";

describe("glossary/expansion", () => {
  it.each([
    ["en", "the buildings of FSB (Federal Security Bureau) and", "FSB (Federal Security Bureau)", 18, 47, "FSB (Federal Security Service)"],
    ["en", "the Federal Security Bureau (FSB) said", "Federal Security Bureau (FSB)", 5, 34, "Federal Security Service (FSB)"],
    ["es", "el Servicio Federal de Inteligencia (FSB) dijo", "Servicio Federal de Inteligencia (FSB)", 4, 42, "Servicio Federal de Seguridad (FSB)"],
    ["ru", "сообщила ФСБ (Федеральная служба разведки) утром", "ФСБ (Федеральная служба разведки)", 10, 43, "ФСБ (Федеральная служба безопасности)"],
    ["fr", "le SBU (Service de renseignement d’Ukraine) a dit", "SBU (Service de renseignement d’Ukraine)", 4, 44, "SBU (Service de sécurité d’Ukraine)"],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(glossaryExpansion, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "the FSB (Federal Security Service) and the Royal United Services Institute (RUSI)."],
    ["en", "Russian volunteers (RDK) return to Ukraine; the FSB (the old KGB) was silent."],
    ["es", "el Servicio Federal de Seguridad (FSB) y la Unión Europea (UE)."],
    ["ru", "сотрудники Федеральной службы безопасности (ФСБ) задержали"],
    ["de", "die Europäische Union (EU) und der FSB (Inlandsgeheimdienst)"],
    ["uk", "Служба безпеки України (СБУ) повідомила"],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(glossaryExpansion, input, { lang })).toEqual([]);
  });
});
