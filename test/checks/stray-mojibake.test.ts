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

describe("where stray/mojibake looks for runs", () => {
  // The scan as it was, character by character: each table's byte for a character, a run tried
  // where a lead byte's character comes before a continuation byte's. The rule now finds those
  // places with a regular expression; it must find the same runs.
  const cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  const cp1252 = new Int16Array(0x10000).fill(-1);
  for (let byte = 0xa0; byte <= 0xff; byte++) cp1252[byte] = byte;
  [...cp1252High].forEach((c, i) => (cp1252[c.charCodeAt(0)] = 0x80 + i));
  const cp1251 = new Int16Array(0x10000).fill(-1);
  const decoder1251 = new TextDecoder("windows-1251");
  for (let byte = 0x80; byte <= 0xff; byte++) cp1251[decoder1251.decode(Uint8Array.of(byte)).charCodeAt(0)] = byte;
  const tables = [{ byteOf: cp1252, minLength: 2 }, { byteOf: cp1251, minLength: 4 }];
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const plausible = /^[\u00A0-\u024F\u0370-\u03FF\u0400-\u052F\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u{1F300}-\u{1FAFF}]+$/u;
  const oldRuns = (text: string) => {
    const runs: [string, number, number, string][] = [];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 0xc2) continue;
      for (const { byteOf, minLength } of tables) {
        const lead = byteOf[text.charCodeAt(i)]!;
        if (lead < 0xc2 || lead > 0xf4) continue;
        const second = i + 1 < text.length ? byteOf[text.charCodeAt(i + 1)]! : -1;
        if (second >= 0x80 && second <= 0xbf) {
          let j = i;
          const bytes: number[] = [];
          while (j < text.length && byteOf[text.charCodeAt(j)]! >= 0) bytes.push(byteOf[text.charCodeAt(j++)]!);
          const end = validUtf8Prefix(bytes);
          if (end >= minLength) {
            const repaired = utf8.decode(Uint8Array.from(bytes.slice(0, end)));
            if (plausible.test(repaired)) {
              runs.push([text.slice(i, i + end), i, i + end, repaired]);
              i += end - 1;
            }
          }
        }
        break;
      }
    }
    return runs;
  };
  // Text garbled both ways, among the letters and marks that take part in a run and those that don't.
  const garble = (text: string, encoding: string) => new TextDecoder(encoding).decode(new TextEncoder().encode(text));
  const words = ["Привіт", "«Слава»", "їжак", "café", "“quote”", "Kyiv —", "naïve", "Ölfeld", "€5", "日本", "👩‍💻", " ", ".", "ВІЙ", "Ёлка", "п’ять", "Bÿ", "Вї"];
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => garble(w, "windows-1252")),
    fc.constantFrom(...words).map((w) => garble(w, "windows-1251")),
    fc.integer({ min: 0x80, max: 0x4ff }).map((c) => String.fromCharCode(c)),
  );
  // Between two letters, so that the paragraph is the line as it is (nothing trimmed).
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => `x${parts.join("")}x`);

  it("finds the runs the character-by-character scan found", () => {
    let runs = 0;
    fc.assert(fc.property(text, fc.constantFrom("en", "uk", "ru", "fr"), (input, lang) => {
      // A run is the only finding with a repair to write; control and invisible characters are removed.
      const found = runCheck(strayMojibake, input, { lang }).filter((d) => d.suggestion).map((d) => [d.excerpt, d.column - 1, d.endColumn - 1, d.suggestion]);
      const expected = oldRuns(input);
      runs += expected.length;
      expect(found).toEqual(expected);
    }), { numRuns: 1000, seed: 11 });
    expect(runs).toBeGreaterThan(300);
  });
});
