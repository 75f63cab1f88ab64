import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { parseConfig, parseConfigExactly, quickConfig, STARTER_CONFIG } from "../src/workspace/config.js";

const outcome = async (read: () => Promise<unknown>) => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputError) return { file: error.file, key: error.key, values: error.values };
    throw error;
  }
};

describe("config loading", () => {
  it("reads the starter config the quick way, as the exact way does", async () => {
    const quick = quickConfig(STARTER_CONFIG, "bitext.config.yaml", "/work");
    expect(quick).toEqual({
      file: "bitext.config.yaml", dir: "/work", sourceLang: "es", locale: "en",
      rules: { "quotes/style": "warning" }, options: {},
      languages: { fr: { rules: { "text/whitespace": "error" }, options: {} } },
      ignore: ["articles/archive/**"],
    });
    expect(await parseConfigExactly(STARTER_CONFIG, "bitext.config.yaml", "/work")).toEqual(quick);
  });

  it.each([
    ["sourceLang:\n", "config.notText", 1],
    ["locale: en\nrules:\n  quotes/style:\n", "config.notText", 3],
    ["glossaries:\n  - a.yaml\n  - 12\n", "config.notText", 3],
    ["languages:\n  fr:\n    rulez: {}\n", "config.unknownKey", 3],
    ["languages:\n  français:\n    rules: {}\n", "config.badLanguage", 2],
    ["a: &x es\nsourceLang: *x\n", "config.unknownKey", 1],
    ["- a list\n", "config.notMapping", 1],
  ])("names the line of what is wrong in %j, the quick way refusing it", async (text, key, line) => {
    expect(quickConfig(text, "c.yaml", "/")).toBeUndefined();
    expect(await outcome(() => parseConfig(text, "c.yaml", "/"))).toMatchObject({ file: "c.yaml", key, values: { line } });
  });

  it("reads an alias as the value it names, both ways", async () => {
    const text = "locale: &l en\nrules:\n  quotes/style: &w warning\n  stray/markup: *w\n";
    const expected = { file: "c.yaml", dir: "/", locale: "en", rules: { "quotes/style": "warning", "stray/markup": "warning" }, options: {}, languages: {}, ignore: [] };
    expect(quickConfig(text, "c.yaml", "/")).toEqual(expected);
    expect(await parseConfigExactly(text, "c.yaml", "/")).toEqual(expected);
  });

  it("reads any config the quick way exactly as the exact way, or leaves it to the exact way", async () => {
    // Mostly clean configs, so that the quick way is compared; now and then something odd.
    const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 10, arbitrary: usual }, { weight: 1, arbitrary: odd });
    const oddScalar = fc.constantFrom("~", "12", "-3", "1e3", "0x1F", "yes", "''", "[]", "{}", "2023-05-22", "[a, 2]", "&x es", "*x", "{a: 1}");
    const setting = rarely(fc.constantFrom("off", "info", "warning", "error", "'warning'", "\"error\""), fc.oneof(oddScalar, fc.constantFrom("loud", "Error")));
    const ruleId = rarely(fc.constantFrom("quotes/style", "stray/markup", "text/whitespace", "glossary/term", "'quotes/style'"), fc.constantFrom("quotes/stile", "x", "1"));
    const option = fc.tuple(rarely(fc.constantFrom("severity", "straight"), fc.constantFrom("straightt", "1")),
      rarely(fc.constantFrom("once", "each", "allow", "warning"), oddScalar));
    const rule = fc.tuple(ruleId, fc.oneof(setting, fc.uniqueArray(option, { minLength: 1, maxLength: 2, selector: ([k]) => k })
      .map((opts) => `{ ${opts.map(([k, v]) => `${k}: ${v}`).join(", ")} }`)));
    const rules = (indent: string) => fc.uniqueArray(rule, { maxLength: 3, selector: ([id]) => id.replace(/'/gu, "") })
      .map((list) => (list.length === 0 ? " {}" : list.map(([id, v]) => `\n${indent}${id}: ${v}`).join("")));
    const list = (item: fc.Arbitrary<string>) => fc.oneof(item, fc.array(item, { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
      fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `\n  - ${i}`).join("")));
    const entry = fc.oneof(
      fc.tuple(fc.constant("sourceLang"), rarely(fc.constantFrom("es", "en", "pt-BR", "'uk'"), fc.oneof(oddScalar, fc.constantFrom("español", "e s")))),
      fc.tuple(fc.constant("locale"), rarely(fc.constantFrom("en", "es", "fr", "de", "uk", "ru"), fc.oneof(oddScalar, fc.constantFrom("pt")))),
      fc.tuple(fc.constant("glossaries"), list(rarely(fc.constantFrom("glossaries/a.yaml", "'b.tbx'", "../c.csv"), oddScalar))),
      fc.tuple(fc.constant("ignore"), list(rarely(fc.constantFrom("\"articles/archive/**\"", "drafts", "'*.md'"), oddScalar))),
      fc.tuple(fc.constant("baseUrl"), rarely(fc.constantFrom("https://news.example.org/", "http://x.test/a/"), fc.oneof(oddScalar, fc.constantFrom("ftp://x", "https://x/?q")))),
      fc.tuple(fc.constant("maxProblems"), rarely(fc.constantFrom("0", "1000", "12"), oddScalar)),
      fc.tuple(fc.constant("rules"), rarely(rules("  "), oddScalar.map((s) => ` ${s}`)).map((r) => r.trimStart() === r ? ` ${r}` : r)),
      fc.tuple(fc.constant("languages"), fc.uniqueArray(fc.tuple(rarely(fc.constantFrom("fr", "de", "pt-BR", "EN"), fc.constantFrom("xx-", "123")), rules("      ")),
        { maxLength: 2, selector: ([l]) => l.toLowerCase() }).map((langs) => (langs.length === 0 ? " {}" : langs.map(([l, r]) => `\n  ${l}:\n    rules:${r}`).join("")))),
      fc.tuple(fc.constantFrom("sourcelang", "rule", "<<"), oddScalar),
    );
    const config = fc.uniqueArray(entry, { maxLength: 6, selector: ([k]) => k }).map((entries) => entries.map(([k, v]) => `${k}:${v.startsWith("\n") || v.startsWith(" ") ? v : ` ${v}`}`).join("\n"));
    let quick = 0;
    await fc.assert(fc.asyncProperty(config, async (text) => {
      const fast = quickConfig(text, "c.yaml", "/work");
      if (fast === undefined) return;
      quick++;
      expect(await outcome(() => parseConfigExactly(text, "c.yaml", "/work"))).toEqual(fast);
    }), { numRuns: 600, seed: 7 });
    // Enough of them are clean configs for the quick way to be compared.
    expect(quick).toBeGreaterThan(60);
  });
});
