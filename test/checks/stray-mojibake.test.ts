import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strayMojibake } from "../../src/checks/stray-mojibake.js";
import { validUtf8Prefix } from "../../src/language/utf8.js";
import { brief, runCheck } from "../run-check.js";

describe("stray/mojibake", () => {
  it.each([
    ["en", "Moscow said â€œmassiveâ€\u009d attack", [["â€œ", 13, 16, "“"], ["â€\u009d", 23, 26, "”"]]],
    ["es", "El ataque fue en BÃ©lgorod", [["Ã©", 19, 21, "é"]]],
    ["fr", "L’armÃ©e a dit", [["Ã©", 6, 8, "é"]]],
    ["ru", "Он сказал РџСЂРёРІРµС‚", [["РџСЂРёРІРµС‚", 11, 23, "Привет"]]],
    ["uk", "Обстріл \uFFFD тривав", [["\uFFFD", 9, 10, undefined]]],
    ["de", "Angriff\u200B auf Kyjiw", [["\u200B", 8, 9, ""]]],
    ["en", "Total\u202E cost", [["\u202E", 6, 7, ""]]],
    ["en", "A bell\u0007 rang", [["\u0007", 7, 8, ""]]],
  ])("%s: flags %j", (lang, input, expected) => {
    expect(runCheck(strayMojibake, input, { lang }).map(brief)).toEqual(expected);
  });

  it.each([
    ["fr", "« L’été à Béziers », dit-il : déjà vu."],
    ["de", "Die Ärzte in Köln – große Übung – „Straße“ und „AKW-MÜ“."],
    ["es", "¿Qué pasó en Járkov? ¡Nadie lo sabe! Año, niño, acción."],
    ["uk", "Сіверськодонецьк, Дії, ВІЙ, Їжак, Європа, ґанок — «Слава»."],
    ["ru", "Съезд, объём, «Ёлка» — Россия."],
    ["en", "Emoji with a joiner: 👩‍💻, and naïve café résumé."],
  ])("%s: stays silent on %j", (lang, input) => {
    expect(runCheck(strayMojibake, input, { lang })).toEqual([]);
  });
});

describe("the UTF-8 prefix that stray/mojibake decodes", () => {
  // The longest prefix a fatal TextDecoder accepts, found the slow way: by trying each length.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const slow = (bytes: number[]) => {
    for (let end = bytes.length; end > 0; end--) {
      try {
        decoder.decode(Uint8Array.from(bytes.slice(0, end)));
        return end;
      } catch {
        continue;
      }
    }
    return 0;
  };

  it("is the longest prefix the WHATWG decoder accepts, for any high bytes", () => {
    const high = fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 12 });
    // Bytes of real characters from U+0080 up, with stray bytes among them, reach every branch.
    const text = fc.array(fc.oneof(fc.integer({ min: 0x80, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff)
      .map((c) => [...new TextEncoder().encode(String.fromCodePoint(c))]), high), { maxLength: 5 }).map((parts) => parts.flat());
    fc.assert(fc.property(fc.oneof(high, text), (bytes) => validUtf8Prefix(bytes) === slow(bytes)), { numRuns: 5000, seed: 7 });
  });
});
