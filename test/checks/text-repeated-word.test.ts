import { describe, expect, it } from "vitest";
import { textRepeatedWord } from "../../src/checks/text-repeated-word.js";
import { brief, runCheck } from "../run-check.js";

describe("text/repeated-word", () => {
  it.each([
    ["en", "Drones hit the the FSB building.", "the the", 12, 19, "the"],
    ["en", "The The attack failed.", "The The", 1, 8, "The"],
    ["es", "El ataque de de drones.", "de de", 11, 16, "de"],
    ["fr", "Les drones ont ont frappé.", "ont ont", 12, 19, "ont"],
    ["de", "Die Drohnen haben haben getroffen.", "haben haben", 13, 24, "haben"],
    ["uk", "Дрони атакували атакували місто.", "атакували атакували", 7, 26, "атакували"],
    ["ru", "Дроны атаковали атаковали город.", "атаковали атаковали", 7, 26, "атаковали"],
    ["el", "Τα drones χτύπησαν χτύπησαν την πόλη.", "χτύπησαν χτύπησαν", 11, 28, "χτύπησαν"],
    ["pl", "Drony zaatakowały zaatakowały miasto.", "zaatakowały zaatakowały", 7, 30, "zaatakowały"],
  ])("%s: flags %j", (lang, input, excerpt, column, endColumn, suggestion) => {
    expect(runCheck(textRepeatedWord, input, { lang }).map(brief)).toEqual([[excerpt, column, endColumn, suggestion]]);
  });

  it.each([
    ["en", "What he had had to leave, and that that was all, on Bora Bora."],
    ["de", "Die Frauen, die die Stadt verließen, und das, das du kennst."],
    ["fr", "Nous nous battons et vous vous rendez."],
    ["es", "Lo dijo, dijo que no; el que quiera."],
    ["uk", "Так, так? Ні — ні."],
    // Doubling that is grammar in languages with spaced reduplication.
    ["tr", "Yavaş yavaş yürüdü."],
    ["hi", "वह धीरे धीरे चला।"],
    ["fa", "کم کم یاد گرفت."],
    ["he", "הוא הלך לאט לאט."],
    ["vi", "Mọi hành vi vi phạm đều bị cấm."],
    ["ko", "하나 하나 살펴보았다."],
    ["id", "Anak anak bermain."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(textRepeatedWord, input, { lang })).toEqual([]);
  });
});
