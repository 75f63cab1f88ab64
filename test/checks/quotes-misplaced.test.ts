import { describe, expect, it } from "vitest";
import { quotesMisplaced } from "../../src/checks/quotes-misplaced.js";
import { brief, runCheck } from "../run-check.js";

describe("quotes/misplaced", () => {
  it.each([
    // lang input                                   excerpt column endColumn suggestion
    ["en", "a hit “p”psychological” to Moscow",    "”",   9,  10, undefined],
    ["en", "that way, ”says Neil Melvin",           " ”",  10, 12, "” "],
    ["de", "„Nein, “sagte er leise",                " “",  7,  9,  "“ "],
    ["uk", "«Ні, »сказав він",                      " »",  5,  7,  "» "],
    ["es", "Dijo que « no» vendría",                "« ",  10, 12, "«"],
    ["en", "He called it ”massive” and left.",      "”",   14, 15, "“"],
    ["ru", "Он сказал «нет»да",                     "»",   15, 16, undefined],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(quotesMisplaced, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "Russia’s “massive” attack,” said Gladkov. “It won’t stop.”"],
    ["en", "The soldiers’ families, rock’n’roll and the ’90s."],
    ["fr", "« C’est faux », a-t-il dit, l’armée « nie »."],
    ["de", "„Nein“, sagte er, »wirklich nicht«."],
    ["uk", "«Ми „вистоїмо“», — сказав він."],
    ["es", "«No es un secreto», dijo Peskov, “en absoluto”."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(quotesMisplaced, input, { lang })).toEqual([]);
  });

  it("gives a byte-exact fix for a space before a closing mark", () => {
    const [d] = runCheck(quotesMisplaced, "«Sí», dijo. “That way, ”says he", { lang: "en" });
    expect(d).toEqual({
      ruleId: "quotes/misplaced", severity: "error",
      message: "Space before the closing ”: put it after the mark",
      file: "test.txt", line: 1, column: 23, endLine: 1, endColumn: 25, excerpt: " ”",
      suggestion: "” ", fix: { range: [27, 31], text: "” " },
    });
  });
});
