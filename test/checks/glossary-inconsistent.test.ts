import { describe, expect, it } from "vitest";
import { glossaryInconsistent } from "../../src/checks/glossary-inconsistent.js";
import { brief, runCheck } from "../run-check.js";

describe("glossary/inconsistent", () => {
  it.each([
    ["fr", "Les drones ont visé Kyiv.\nÀ Kiev, on dément.", [["Kiev", 3, 7, "Kyiv"]]],
    ["de", "Angriff auf Kiew.\nIn Kyjiw heulten die Sirenen.\nKiew dementiert.", [["Kiew", 13, 17, "Kyjiw"], ["Kiew", 1, 5, "Kyjiw"]]],
    ["en", "Zelenskyy spoke first.\nThen Zelenskiy answered.", [["Zelenskiy", 6, 15, "Zelenskyy"]]],
    ["es", "Los ataques en Donbass.\nEl Donbás resiste.", [["Donbass", 16, 23, "Donbás"]]],
  ])("%s: flags %j", (lang, input, expected) => {
    expect(runCheck(glossaryInconsistent, input, { lang }).map(brief)).toEqual(expected);
  });

  it.each([
    ["fr", "Les drones ont visé Kyiv.\nÀ Kyiv, on dément."],
    ["de", "Angriff auf Kiew.\nIn Kiew heulten die Sirenen."],
    ["uk", "Київ атакували.\nУ Києві лунали сирени."],
    ["en", "The Wagner Group withdrew; Zelensky spoke."],
    // A name in an embed's attribution, and the same outlet named in the article, are names.
    ["fr", "Les drones ont visé Kiev.\nUne vidéo. pic.twitter.com/abcd1234\n— Kyiv Post (@KyivPost) 3 juin 2023\nSelon le Kyiv Post, Kiev dément."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(glossaryInconsistent, input, { lang })).toEqual([]);
  });
});
