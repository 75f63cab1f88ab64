import { describe, expect, it } from "vitest";
import { textSentenceCase } from "../../src/checks/text-sentence-case.js";
import { lowerCasedUnit } from "../../src/language/scripts.js";
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
    ["el", "Το Κίεβο το αρνείται. σύμφωνα με το Reuters, όχι.", "σύμφωνα", 23, 30, "Σύμφωνα"],
    ["hy", "Կիևը հերքում է։ Մի քանի. ըստ Reuters-ի՝ ոչ։", "ըստ", 26, 29, "Ըստ"],
    // A unit does not hide a sentence that starts in lower case after a capital-free period.
    ["en", "The wall is 12 ft. long. the gate is not.", "the", 26, 29, "The"],
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

  it.each([
    // Units written short, in any language, before a lower-case word.
    ["en", "The wall is 8 ft., 12 ft. long and 3 in. thick."],
    ["de", "Die Mauer ist 8 ft. hoch, rund 5 lb. schwer und 3 Std. zu Fuß entfernt."],
    ["es", "La pared mide 8 ft. de alto y está a 20 min. de aquí."],
    ["ru", "Идти 20 мин. пешком, это 3 км. от центра."],
    // Scripts with no case, or none in ordinary writing (Georgian Mkhedruli).
    ["ka", "ადამიანის უფლებები. ყველა ადამიანი იბადება თავისუფალი."],
    ["zh", "人人生而自由。在尊严和权利上一律平等。"],
    ["ja", "すべての人間は、生まれながらにして自由である。"],
    ["ar", "يولد جميع الناس أحراراً. وهم متساوون في الكرامة."],
    ["he", "כל בני האדם נולדו בני חורין. ושווים בערכם."],
    ["hi", "सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता प्राप्त है।"],
    ["th", "มนุษย์ทั้งหลายเกิดมามีอิสระ. และเสมอภาคกัน"],
    ["ko", "모든 인간은 태어날 때부터 자유로우며. 그 존엄과 권리에 있어 동등하다."],
    // A Georgian word quoted in an English sentence.
    ["en", "The word was “საქართველო”. ვინაიდან is how the preamble starts."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(textSentenceCase, input, { lang })).toEqual([]);
  });

  it.each([
    ["en", "Whereas recognition of the inherent dignity is the foundation of freedom,\n\nWhereas disregard for human rights has resulted in barbarous acts,\n\nNow, therefore,\n\nThe General Assembly\n\nproclaims this Universal Declaration."],
    ["de", "Da die Anerkennung der Würde die Grundlage der Freiheit bildet,\n\nda die Nichtanerkennung der Menschenrechte zu Akten der Barbarei führte,\n\nverkündet die Generalversammlung\n\ndiese Allgemeine Erklärung."],
    ["cs", "U vědomí toho,\n\nže uznání přirozené důstojnosti je základem svobody,\n\nže zneuznání lidských práv vedlo k barbarským činům;\n\nValné shromáždění\n\nvyhlašuje tuto deklaraci."],
    ["ru", "Принимая во внимание, что признание достоинства является основой свободы;\n\nпринимая во внимание, что пренебрежение правами человека привело к варварским актам:\n\nпровозглашает настоящую Декларацию."],
  ])("%s: a paragraph that goes on with the sentence before it need not start in upper case", (lang, input) => {
    expect(runCheck(textSentenceCase, input, { lang, format: "markdown" })).toEqual([]);
  });

  it("still flags a paragraph after a heading, or after one that ended its sentence", () => {
    const input = "# Preamble\n\nwhereas recognition is the foundation.\n\nthe General Assembly proclaims.";
    expect(runCheck(textSentenceCase, input, { lang: "en", format: "markdown" }).map((d) => [d.line, d.excerpt])).toEqual([[3, "whereas"], [5, "the"]]);
  });

  it("does not require list items to start in upper case", () => {
    expect(runCheck(textSentenceCase, "- drones\n- missiles\n", { lang: "en", format: "markdown" })).toEqual([]);
  });

  it("reads a sentence's first unit by table as the word's first letter was read: lower case, in a cased script", () => {
    const cased = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
    const differ: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      if (lowerCasedUnit(unit) !== (/\p{Ll}/u.test(c) && cased.test(c))) differ.push(unit);
    }
    expect(differ).toEqual([]);
    expect([..."aяαաß"].map((c) => lowerCasedUnit(c.charCodeAt(0)))).toEqual([true, true, true, true, true]);
    expect([..."AЯ1«ⴀ"].map((c) => lowerCasedUnit(c.charCodeAt(0)))).toEqual([false, false, false, false, false]);
    expect(lowerCasedUnit(0xd835)).toBe(false); // a surrogate: an astral letter's first half
  });
});
