import { describe, expect, it } from "vitest";
import { alignCodes } from "../../src/checks/align-codes.js";
import { runCheck } from "../run-check.js";

const found = (source: string, target: string, lang = "es") =>
  runCheck(alignCodes, target, { lang, format: "xliff", source: { text: source, lang: "en" } }).map((d) => [d.line, d.column, d.message]);

describe("align/codes", () => {
  it.each([
    // XLIFF 2.0: a paired code dropped, a placeholder duplicated, one added.
    // Codes missing are reported on the whole segment; codes found, where they stand.
    ["Press <pc id=\"1\">Save</pc> now.", "Pulse Guardar ahora.", [[7, 17, "The source's inline code </pc> is missing here: put it where it belongs"],
      [7, 17, "The source's inline code <pc id=\"1\"> is missing here: put it where it belongs"]]],
    ["Line one<ph id=\"1\"/> ends.", "La línea uno<ph id=\"1\"/><ph id=\"1\"/> termina.", [[7, 29, "Inline code <ph id=\"1\"/> is here more often than in the source: keep one"]]],
    ["No codes here.", "Aquí no hay <ph id=\"9\"/> códigos.", [[7, 29, "Inline code <ph id=\"9\"/> is not in the source: remove it"]]],
    // A start code whose end was lost.
    ["<sc id=\"1\"/>Bold<ec startRef=\"1\"/> text.", "<sc id=\"1\"/>Negrita texto.", [[7, 17, "Inline code <sc id=\"1\"/> has lost its other half: pair it as the source does"],
      [7, 29, "The source's inline code <ec startRef=\"1\"/> is missing here: put it where it belongs"]]],
  ])("flags %j → %j", (source, target, expected) => {
    expect(found(source, target)).toEqual(expected);
  });

  it.each([
    ["Press <pc id=\"1\">Save</pc> to keep <ph id=\"2\"/> changes.", "Para conservar <ph id=\"2\"/> los cambios, pulse <pc id=\"1\">Guardar</pc>."],
    ["<sc id=\"1\"/>Bold<ec startRef=\"1\"/> and <sc id=\"2\"/>italic<ec startRef=\"2\"/>.", "<sc id=\"2\"/>Cursiva<ec startRef=\"2\"/> y <sc id=\"1\"/>negrita<ec startRef=\"1\"/>."],
    ["Plain text.", "Texto simple."],
  ])("stays silent on a reorder: %j → %j", (source, target) => {
    expect(found(source, target)).toEqual([]);
  });

  it("stays silent on articles, which have no inline codes", () => {
    expect(runCheck(alignCodes, "Drones <b>hit</b> Odesa.", { lang: "en", source: { text: "Drones atacaron Odesa.", lang: "es" } })).toEqual([]);
  });
});
