import { describe, expect, it } from "vitest";
import { alignNumbers } from "../../src/checks/align-numbers.js";
import { ICU_VERSION, MONTHS_OF } from "../../src/language/month-names.js";
import { monthsFromIntl, numbersIn } from "../../src/language/numbers.js";
import { runCheck } from "../run-check.js";

const found = (lang: string, text: string, source: string, sourceLang = "es", format: "text" | "markdown" = "text") =>
  runCheck(alignNumbers, text, { lang, format, source: { text: source, lang: sourceLang } }).map((d) => [d.column, d.excerpt.slice(0, 20), d.message]);

describe("align/numbers", () => {
  it.each([
    ["en", "Russia destroyed 400,000 tonnes of grain on May 24.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.", "es",
      [[18, "400,000", "400,000 here but 40.000 in the source: check the number"]]],
    ["fr", "La Russie a détruit 40 000 tonnes de céréales le 25 mai.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.", "es",
      [[50, "25", "25 here but 24 in the source: check the number"]]],
    ["de", "Russland zerstörte am 24. Mai Getreide.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.", "es",
      [[1, "Russland zerstörte a", "The source has 40.000 but this paragraph does not: check it"]]],
    ["uk", "Росія знищила 40 тисяч тонн зерна 24 травня, убивши 3 людей.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo.", "es",
      [[53, "3", "3 is not in the source: check it"]]],
    // Han digits and myriads are numbers: 30 km is not 40.
    ["en", "The probe passed 40 kilometres from the black hole.", "探测器在离黑洞30公里的地方经过。", "zh",
      [[18, "40", "40 here but 30 in the source: check the number"]]],
    ["en", "The universe is 15 billion years old.", "宇宙已有140亿年的历史。", "zh", [[17, "15 billion", "15 billion here but 140亿 in the source: check the number"]]],
    // A conversion that is no conversion: 120 feet are 36.6 m, not 400.
    ["de", "Die Welle war 400 Meter hoch.", "The wave was 120 feet high.", "en", [[15, "400", "400 here but 120 in the source: check the number"]]],
    // A word in the source is never reported, but a digit that answers nothing is.
    ["de", "Das Universum ist 15 Milliarden Jahre alt.", "The universe is fourteen billion years old.", "en", [[19, "15 Milliarden", "15 Milliarden is not in the source: check it"]]],
    ["ar", "المادة ٤", "Article 3", "en", [[8, "٤", "٤ here but 3 in the source: check the number"]]],
    ["hi", "अनुच्छेद ४.", "Article 3.", "en", [[10, "४", "४ here but 3 in the source: check the number"]]],
    ["ja", "第４条", "Article 3", "en", [[2, "４", "４ here but 3 in the source: check the number"]]],
    ["fr", "Le vol part à 16 h 30.", "The flight leaves at 3:30 p.m.", "en", [[15, "16 h 30", "16 h 30 here but 3:30 p.m. in the source: check the number"]]],
  ])("%s: flags %j", (lang, text, source, sourceLang, expected) => {
    expect(found(lang, text, source, sourceLang)).toEqual(expected);
  });

  it.each([
    ["en", "Russia destroyed 40,000 tonnes of grain on May 24, a 5.5% share, in the 21st century.", "Rusia destruyó 40.000 toneladas de grano el 24 de mayo, un 5,5 % del total, en el siglo XXI.", "es"],
    ["fr", "La ville, à une trentaine de kilomètres du front, a reçu 2,5 millions d’euros.", "La ciudad, a unos 30 kilómetros del frente, recibió 2,5 millones de euros.", "es"],
    ["de", "Die Stadt erhielt 2,5 Mio. Euro und 1.000 Zelte.", "La ciudad recibió 2,5 millones de euros y 1.000 tiendas.", "es"],
    ["uk", "Місто отримало 2,5 млн євро та 1 000 наметів.", "La ciudad recibió 2,5 millones de euros y 1.000 tiendas.", "es"],
    ["en", "One of the 23 drones fell on two warehouses.", "Uno de los 23 drones cayó sobre dos almacenes.", "es"],
    // Digits between Han characters, Han numerals and myriads.
    ["en", "It passed 30 kilometres from the black hole, 20% closer than planned.", "它在离黑洞30公里的地方经过，比计划近了20%。", "zh"],
    ["en", "The universe is fourteen billion years old.", "宇宙已有140亿年的历史。", "zh"],
    ["en", "The universe is 14 billion years old, ten times older than the Earth was thought.", "宇宙已有一百四十亿年的历史，比人们以为的地球老十倍。", "zh"],
    ["en", "Article 21", "第二十一条", "zh"],
    ["en", "Two or three of the 1,200 people left in 2023.", "一千二百人中有两三个人在二〇二三年离开了。", "zh"],
    // Every decimal digit set, and letters that number a heading.
    ["ar", "المادة ٢١", "Article 21", "en"],
    ["fa", "مادهٔ ۲۱", "Article 21", "en"],
    ["hi", "अनुच्छेद २१.", "Article 21.", "en"],
    ["bn", "ধারা ২১", "Article 21", "en"],
    ["th", "ข้อ ๒๑", "Article 21", "en"],
    ["ja", "第２１条", "Article 21", "en"],
    ["ko", "제 21 조", "Article 21", "en"],
    ["ko", "제21조", "Article 21", "en"],
    ["he", "סעיף כא.", "Article 21.", "en"],
    ["he", "סעיף טו.", "Article 15.", "en"],
    ["hy", "Հոդված ԻԱ", "Article 21", "en"],
    ["am", "አንቀጽ፡፳፩፤", "Article 21", "en"],
    // Ordinal words.
    ["fr", "Article premier", "Article 1", "en"],
    ["de", "Der erste Artikel und der zweiundzwanzigste", "Article 1 and Article 22", "en"],
    ["ru", "Статья первая и двадцать вторая", "Article 1 and Article 22", "en"],
    ["uk", "Стаття п’ята", "Article 5", "en"],
    ["fa", "مادهٔ بیست و دوم", "Article 22", "en"],
    ["es", "Artículo vigésimo primero", "Article 21", "en"],
    // Numbers as words on either side, multiples and compounds.
    ["de", "Das Universum ist 14 Milliarden Jahre alt.", "The universe is fourteen billion years old.", "en"],
    ["de", "Es ist zehnmal größer, ein zehnfacher Anstieg.", "It is 10 times larger, a 10-fold rise.", "en"],
    ["de", "Ein dreidimensionales Modell.", "A 3D model.", "en"],
    ["en", "A 3D model, ten times larger.", "Ein dreidimensionales Modell, 10-mal größer.", "de"],
    ["ru", "Трёхмерная модель в десять раз больше.", "A 3D model 10 times larger.", "en"],
    // Units the translator converted, within rounding.
    ["de", "Die Welle war 40 Meter hoch.", "The wave was 120 feet high.", "en"],
    ["de", "Es waren 43 Grad Celsius.", "It was 115 Fahrenheit.", "en"],
    ["de", "Ein Stück von 30 cm.", "A piece a foot long.", "en"],
    ["de", "Das dauert zehn Mikrosekunden.", "It takes 10000 nanoseconds.", "en"],
    ["fr", "À 160 km de la côte, un colis de 5 kg.", "100 miles off the coast, an 11-pound parcel.", "en"],
    ["es", "Llenaron 38 litros.", "They filled 10 gallons.", "en"],
    // Clock times and decades.
    ["de", "Der Angriff begann um 15 Uhr und endete um 15.30 Uhr.", "The attack began at 3 p.m. and ended at 3:30pm.", "en"],
    ["de", "In den 90er-Jahren wuchs die Stadt.", "In the 1990s the city grew.", "en"],
    ["en", "I get up at 8 a.m. and we met at 3:30 in the afternoon.", "我早上8点起床，我们下午3点半见面。", "zh"],
    ["en", "The meeting starts at 3 p.m.", "会议下午3点开始。", "zh"],
    ["de", "Er ist 1,78 Meter groß.", "He is 5 feet 10 inches tall.", "en"],
    ["de", "Die Hotline ist rund um die Uhr erreichbar.", "The hotline is open 24/7.", "en"],
    ["de", "Nach dem 11. September 2001 änderte sich alles.", "After 9/11/2001 everything changed.", "en"],
    ["en", "It opened on May 24, 2023.", "Se inauguró el 24/05/2023.", "es"],
  ])("%s: stays silent on %j", (lang, text, source, sourceLang) => {
    expect(found(lang, text, source, sourceLang)).toEqual([]);
  });

  it("takes the number of a list item, or a label a translation gives its paragraph, as no content", () => {
    const md = (lang: string, text: string, source: string) =>
      runCheck(alignNumbers, text, { lang, format: "markdown", source: { text: source, lang: "en" } }).map((d) => [d.line, d.excerpt, d.message]);
    // The source's list numbers are Markdown markers; the translation writes them in the text.
    expect(md("sk", "(1) Každý má právo na štátnu príslušnosť.\n\n(2) Nikoho nemožno zbaviť štátnej príslušnosti.\n",
      "1. Everyone has the right to a nationality.\n2. No one shall be arbitrarily deprived of his nationality.\n")).toEqual([]);
    expect(md("fa", "۱ ‐ هر کس حق دارد.\n\n۲ ‐ هیچ تبعیضی.\n", "Everyone is entitled to all the rights.\n\nFurthermore, no distinction shall be made.\n")).toEqual([]);
    // Labels on both sides are compared: Article 3 is not Artikel 4.
    expect(found("de", "Artikel 4.", "Article 3.", "en")).toEqual([[9, "4", "4 here but 3 in the source: check the number"]]);
  });

  it("stays silent on spelt-out numbers where it cannot read the words of the other side", () => {
    // Georgian number words are read only in part: a 5 in the source may be a word here.
    expect(found("ka", "ხუთმა ადამიანმა", "Five people", "en")).toEqual([]);
    expect(found("ka", "ხუთმა ადამიანმა", "5 people", "en")).toEqual([]);
    // A year is no word anyone writes out: still reported.
    expect(found("ka", "ხუთმა ადამიანმა", "5 people in 1998", "en")).toEqual([[1, "ხუთმა ადამიანმა", "The source has 1998 but this paragraph does not: check it"]]);
  });

  it("reads each language's separators", () => {
    const values = (text: string, lang: string) => numbersIn(text, lang).filter((n) => !n.word).map((n) => n.value);
    expect(values("1.000 y 1,5 y 8847,60", "es")).toEqual(["1000", "1.5", "8847.6"]);
    expect(values("1,000 and 1.5 and 5 100", "en")).toEqual(["1000", "1.5", "5", "100"]);
    expect(values("1 000 et 1,5 et XXe siècle", "fr")).toEqual(["1000", "1.5", "20"]);
    expect(values("40 тисяч і 1,5 млрд", "uk")).toEqual(["40000", "1500000000"]);
    expect(values("١٢٬٥٠٠ و٣٫٥", "ar")).toEqual(["12500", "3.5"]);
    expect(values("۱۴۰۰ و ۲۵", "fa")).toEqual(["1400", "25"]);
    expect(values("１２３と140亿と3万", "zh")).toEqual(["123", "14000000000", "30000"]);
    expect(values("140억 원, 제1조", "ko")).toEqual(["14000000000", "1"]);
  });

  it("reads numbers written as words", () => {
    const words = (text: string, lang: string) => numbersIn(text, lang).filter((n) => n.word).map((n) => [n.raw, n.value]);
    expect(words("two hundred and five, twenty-first, a dozen, one and two", "en"))
      .toEqual([["two hundred and five", "205"], ["twenty-first", "21"], ["a dozen", "12"], ["one", "1"], ["two", "2"]]);
    expect(words("quatre-vingt-dix-sept et vingt et un", "fr")).toEqual([["quatre-vingt-dix-sept", "97"], ["vingt et un", "21"]]);
    expect(words("dreihundertzweiundzwanzig Zehntausende", "de")).toEqual([["dreihundertzweiundzwanzig", "322"], ["Zehntausende", "10000"]]);
    expect(words("mil millones, doscientos mil", "es")).toEqual([["mil millones", "1000000000"], ["doscientos mil", "200000"]]);
    expect(words("двадцать пятого и сто тысяч", "ru")).toEqual([["двадцать пятого", "25"], ["сто тысяч", "100000"]]);
    expect(words("第二十一条，一亿二千万", "zh")).toEqual([["二十一", "21"], ["一亿二千万", "120000000"]]);
    expect(words("hai mươi mốt", "vi")).toEqual([["hai mươi mốt", "21"]]);
  });
});

describe("the month names a date's number is read from", () => {
  it("are ICU's, listed ahead of time for the languages a newsroom meets, and asked of Intl for others", () => {
    // With the ICU the list was made from, it is exactly what Intl writes (another Node's ICU may
    // differ: run scripts/month-names.js).
    if (process.versions.icu === ICU_VERSION) {
      for (const [lang, listed] of Object.entries(MONTHS_OF)) expect(listed, lang).toBe([...monthsFromIntl(lang)].flat().join(" "));
    }
    expect(Object.keys(MONTHS_OF)).toEqual(expect.arrayContaining(["ar", "el", "es", "he", "hi", "ka", "th", "uk", "zh"]));
    const month = (lang: string, text: string) => numbersIn(text, lang).filter((n) => n.word).map((n) => n.value);
    expect(month("es", "el 24 de mayo de 2023")).toEqual(["5"]);
    expect(month("uk", "24 травня 2023 року")).toEqual(["5"]);
    expect(month("ar", "في 24 مايو 2023")).toEqual(["5"]);
    // Not in the list: Intl's own names (Basque, Welsh are listed; Breton is not).
    expect(Object.hasOwn(MONTHS_OF, "br")).toBe(false);
    expect(month("br", "d'an 24 a viz Mae 2023")).toEqual(["5"]);
  });
});
