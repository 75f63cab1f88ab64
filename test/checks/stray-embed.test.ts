import { describe, expect, it } from "vitest";
import { CAPTION_WORDS, CAPTIONS } from "../../src/article/embeds.js";
import { strayEmbed } from "../../src/checks/stray-embed.js";
import { MONTH_LOCALES, monthNamesFromIntl } from "../../src/language/dates.js";
import { ICU_VERSION, MONTH_NAMES } from "../../src/language/month-names.js";
import { runCheck } from "../run-check.js";

const where = (lang: string, input: string) =>
  runCheck(strayEmbed, input, { lang }).map((d) => [d.line, d.column, d.endColumn, d.excerpt]);

describe("stray/embed", () => {
  it("flags a post's text, link and attribution on one line", () => {
    const input = "Waiting for new raids. pic.twitter.com/pIHxRybkpo—Ukraine Front Lines (@EuromaidanPR) May 23, 2023";
    expect(where("en", input)).toEqual([
      [1, 1, 23, "Waiting for new raids."],
      [1, 24, 50, "pic.twitter.com/pIHxRybkpo"],
      [1, 50, 99, "—Ukraine Front Lines (@EuromaidanPR) May 23, 2023"],
    ]);
  });

  it("takes the paragraph before a post's link as its text when both fit in a post", () => {
    const input = [
      "“There were a large number of drone strikes. Air defense systems took care of most of them,” Gladkov said.",
      "Russian media report that the buildings of the FSB were under strike in Belgorod, Russia.",
      "Reportedly, the buildings were attacked by drones. pic.twitter.com/rJrN4QKfg6",
      "— Anton Gerashchenko (@Gerashchenko_en) May 22, 2023",
      "The cross-border assaults were claimed by two militias.",
    ].join("\n");
    expect(where("en", input)).toEqual([
      [2, 1, 90, "Russian media report that the buildings of the FSB were under strike in Belgorod, Russia."],
      [3, 1, 51, "Reportedly, the buildings were attacked by drones."],
      [3, 52, 78, "pic.twitter.com/rJrN4QKfg6"],
      [4, 1, 53, "— Anton Gerashchenko (@Gerashchenko_en) May 22, 2023"],
    ]);
  });

  it("leaves a paragraph that introduces the post, or that would make it too long", () => {
    const input = [
      "Gladkov wrote on Telegram:",
      "Drones again. pic.twitter.com/abcd1234",
      "— Vyacheslav Gladkov (@gladkov) May 22, 2023",
      "x".repeat(260),
      "Drones again. pic.twitter.com/abcd1234",
      "— Vyacheslav Gladkov (@gladkov) May 22, 2023",
    ].join("\n");
    expect(where("en", input).map(([line, column]) => [line, column])).toEqual([[2, 1], [2, 15], [3, 1], [5, 1], [5, 15], [6, 1]]);
  });

  it("leaves article prose before a post: one that names the post's author, or one translated where the post was not", () => {
    const named = [
      "Anton Gerashchenko, an adviser to the interior ministry, shared a video of the strike.",
      "Reportedly, the buildings were attacked by drones. pic.twitter.com/rJrN4QKfg6",
      "— Anton Gerashchenko (@Gerashchenko_en) May 22, 2023",
    ].join("\n");
    expect(where("en", named).map(([line, column]) => [line, column])).toEqual([[2, 1], [2, 52], [3, 1]]);
    const source = [
      "Los edificios del FSB fueron atacados en Bélgorod, según medios rusos.",
      "Reportedly, the buildings were attacked by drones. pic.twitter.com/rJrN4QKfg6",
      "— Anton Gerashchenko (@Gerashchenko_en) May 22, 2023",
    ].join("\n");
    const translation = [
      "The FSB buildings were attacked in Belgorod, Russian media said.",
      "Reportedly, the buildings were attacked by drones. pic.twitter.com/rJrN4QKfg6",
      "— Anton Gerashchenko (@Gerashchenko_en) May 22, 2023",
    ].join("\n");
    expect(runCheck(strayEmbed, translation, { lang: "en", source: { text: source, lang: "es" } }).map((d) => [d.line, d.column]))
      .toEqual([[2, 1], [2, 52], [3, 1]]);
  });

  it.each([
    ["es", "— Ministerio de Defensa (@DefensaUA) 22 de mayo de 2023", 56],
    ["fr", "— Défense ukrainienne (@DefenceU) 22 mai 2023", 46],
    ["de", "— Verteidigungsministerium (@DefenceU) 22. Mai 2023", 52],
    ["uk", "— Міноборони (@DefenceU) 22 травня 2023 р.", 43],
    ["ru", "— Минобороны (@DefenceU) 22 мая 2023 г.", 40],
  ])("%s: flags an attribution dated the language's way", (lang, input, endColumn) => {
    expect(where(lang, input)).toEqual([[1, 1, endColumn, input]]);
  });

  it.each([
    ["en", "Gladkov said on Twitter that two drones were downed — a claim Kyiv did not dispute."],
    ["en", "The ministry’s account, @DefenceU, posted a video on May 22, 2023."],
    ["es", "El gobernador —que escribe como @gladkov— dijo el 22 de mayo de 2023 que no hubo víctimas."],
    ["fr", "La vidéo publiée sur x.com a été vérifiée par l’AFP."],
    ["uk", "Про це повідомив Гладков — губернатор області."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(where(lang, input)).toEqual([]);
  });

  it("flags Instagram captions", () => {
    expect(where("en", "View this post on Instagram\nA post shared by Defence of Ukraine (@defenceu)")).toEqual([
      [1, 1, 28, "View this post on Instagram"],
      [2, 1, 17, "A post shared by"],
    ]);
  });
});

describe("the words embedResidue looks for before its patterns", () => {
  it("are in every caption it knows, so that no caption is passed over", () => {
    for (const caption of CAPTIONS) expect(CAPTION_WORDS.some((word) => caption.includes(word)), caption).toBe(true);
    for (const caption of CAPTIONS) expect(runCheck(strayEmbed, `${caption} Kyiv Post (@KyivPost)`, { lang: "en" }).length, caption).toBeGreaterThan(0);
  });
});

describe("the month names an attribution's date may hold", () => {
  it("are ICU's, from the list made ahead of time", () => {
    // With the ICU the list was made from, it is exactly what Intl writes (another Node's ICU may
    // differ: run scripts/month-names.js); with any, it names the months the tests name.
    if (process.versions.icu === ICU_VERSION) expect([...MONTH_NAMES]).toEqual(monthNamesFromIntl());
    expect(MONTH_LOCALES).toHaveLength(15);
    expect(["may", "mayo", "mai", "травня", "maja", "sept", "ocak"].filter((name) => !MONTH_NAMES.includes(name))).toEqual([]);
    expect(MONTH_NAMES.every((name, i) => i === 0 || name.length <= MONTH_NAMES[i - 1]!.length)).toBe(true);
  });

  it("let an attribution end with its date, in another language's words too", () => {
    const dated = (line: string) => runCheck(strayEmbed, line, { lang: "en" }).map((d) => d.excerpt);
    expect(dated("— Kyiv Post (@KyivPost) 22 травня 2023 р.")).toEqual(["— Kyiv Post (@KyivPost) 22 травня 2023 р."]);
    expect(dated("— Kyiv Post (@KyivPost) 22 de mayo de 2023")).toEqual(["— Kyiv Post (@KyivPost) 22 de mayo de 2023"]);
  });
});
