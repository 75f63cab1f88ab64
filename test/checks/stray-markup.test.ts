import { describe, expect, it } from "vitest";
import { strayMarkup } from "../../src/checks/stray-markup.js";
import { brief, runCheck } from "../run-check.js";

describe("stray/markup", () => {
  it.each([
    ["en", "The governor said <b>several</b> buildings", [["<b>", 19, 22, ""], ["</b>", 29, 33, ""]]],
    ["es", "El gobernador&nbsp;dijo", [["&nbsp;", 14, 20, "\u00A0"]]],
    ["fr", "Le **gouverneur** a dit", [["**gouverneur**", 4, 18, undefined]]],
    ["de", "Der Gouverneur [caption id=\"12\"]Foto[/caption] sagte", [["[caption id=\"12\"]", 16, 33, ""], ["[/caption]", 37, 47, ""]]],
    ["uk", "Губернатор [сказав](https://example.com) це", [["[сказав](https://example.com)", 12, 41, undefined]]],
    ["ru", "## Заголовок", [["## ", 1, 4, undefined]]],
  ])("%s: flags %j", (lang, input, expected) => {
    expect(runCheck(strayMarkup, input, { lang }).map(brief)).toEqual(expected);
  });

  it("flags inline HTML in Markdown at its place", () => {
    expect(runCheck(strayMarkup, "Drones hit <span>the</span> city.\n", { lang: "en", format: "markdown" }).map(brief))
      .toEqual([["<span>", 12, 18, ""], ["</span>", 21, 28, ""]]);
  });

  it.each([
    ["en", "Drones flew <3 km from the border; 2 < 3 and 5 > 4."],
    ["en", "Ties to AT&T and R&D, said the CEO (of AT&T)."],
    ["es", "El [sic] del texto, y la OTAN [en inglés, NATO]."],
    ["fr", "Le nom de variable variable_name_here n’est pas du Markdown."],
    ["de", "Der Artikel 5 [NATO-Vertrag] gilt."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(strayMarkup, input, { lang })).toEqual([]);
  });
});
