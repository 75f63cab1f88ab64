import { describe, expect, it } from "vitest";
import { textSentenceCase } from "../../src/checks/text-sentence-case.js";
import { brief, runCheck } from "../run-check.js";

describe("text/sentence-case", () => {
  it.each([
    ["en", "To recover its territories. a hit “p”psychological” to Moscow.", "a", 29, 30, "A"],
    ["en", "the drones came at dawn.", "the", 1, 4, "The"],
    ["es", "Kiev lo niega. según Reuters, no.", "según", 16, 21, "Según"],
    ["fr", "Kyiv dément. selon Reuters, non.", "selon", 14, 19, "Selon"],
    ["de", "Kyjiw dementiert. laut Reuters nicht.", "laut", 19, 23, "Laut"],
    ["uk", "Київ заперечує. за даними Reuters, ні.", "за", 17, 19, "За"],
    ["ru", "Киев отрицает! по данным Reuters, нет.", "по", 16, 18, "По"],
    ["en", "It ended. “the war is far from over,” he said.", "the", 12, 15, "The"],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(textSentenceCase, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "Troops reached the U.S. embassy at 5 a.m. on Monday, said Gen. Smith et al. in a note."],
    ["en", "“Why?” he asked. “Enough!” she said. The Russians are forced to send reinforcements (…) They will."],
    ["en", "He paused… and then went on. See pic.twitter.com/abc1234 and www.rusi.org for more."],
    ["en", "The brand. iPhone sales fell; eBay rose."],
    ["es", "—¿Vienes? —preguntó. ¿Quién era? ¿de dónde salió? Lo dijo el Sr. García, aprox. a las 5."],
    ["fr", "M. Macron l’a dit. Mme Borne, p. ex. hier, aussi."],
    ["de", "Am 3. und 4. Mai kamen ca. 200 Soldaten, d.h. zu viele, u.a. aus Kyjiw."],
    ["uk", "Близько 5 тис. осіб, т. ч. діти, виїхали до м. Львів. Це сталося 2023 р. вночі."],
    ["ru", "Около 5 тыс. человек, в т.ч. дети, уехали в г. Львов, ул. Ленина, и т.д. и т.п."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(textSentenceCase, input, { lang })).toEqual([]);
  });

  it("does not require list items to start in upper case", () => {
    expect(runCheck(textSentenceCase, "- drones\n- missiles\n", { lang: "en", format: "markdown" })).toEqual([]);
  });
});
