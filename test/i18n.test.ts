import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTranslator, LOCALES, resources } from "../src/i18n/index.js";
import { loadTranslator } from "../src/i18n/load.js";

function leaves(tree: unknown, prefix = ""): string[] {
  if (typeof tree === "string") return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/u, "");

// Every key the code names in a string literal: t("x.y"), new InputError(file, "x.y"), …
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  const walk = (dir: URL) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
      else if (entry.name.endsWith(".ts")) {
        const text = readFileSync(new URL(entry.name, dir), "utf8");
        for (const m of text.matchAll(/"((?:cli|input|glossary|report)\.[A-Za-z.]+)"/gu)) used.add(m[1]!);
      }
    }
  };
  walk(new URL("../src/", import.meta.url));
  return used;
}

describe("message locales", () => {
  const english = new Set(leaves(resources.en).map(withoutPlural));

  it.each(LOCALES)("%s has every key the English locale has, and no other", (locale) => {
    expect(new Set(leaves(resources[locale]).map(withoutPlural))).toEqual(english);
  });

  it("has every key the code uses", () => {
    const missing = [...keysUsedInCode()].filter((k) => !english.has(k) && !leaves(resources.en).some((l) => l.startsWith(`${k}.`)));
    expect(missing).toEqual([]);
  });

  it.each([
    ["en", [1, 2, 5], ["1 error", "2 errors", "5 errors"]],
    ["es", [1, 2, 5], ["1 error", "2 errores", "5 errores"]],
    ["uk", [1, 2, 5, 21], ["1 помилка", "2 помилки", "5 помилок", "21 помилка"]],
    ["ru", [1, 3, 11, 22], ["1 ошибка", "3 ошибки", "11 ошибок", "22 ошибки"]],
  ])("%s plural forms come from i18next", (locale, counts, expected) => {
    const t = createTranslator(locale as string);
    expect((counts as number[]).map((count) => t("report.errors", { count }))).toEqual(expected);
  });

  it.each(LOCALES)("%s has every plural form its language needs, for counts up to millions", (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const keys = leaves(resources[locale]);
    const plurals = [...new Set(keys.filter((k) => k !== withoutPlural(k)).map(withoutPlural))];
    const missing = plurals.flatMap((base) => categories.filter((c) => !keys.includes(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
    const t = createTranslator(locale);
    expect(t("report.errors", { count: 1_000_000 })).toMatch(/^1[\s\u00a0\u202f.,]?000[\s\u00a0\u202f.,]?000 \S/u);
  });

  it("keeps flagged text out of the message keys and unescaped", () => {
    const t = createTranslator("en");
    expect(t("checks.glossary.term.avoid", { found: "<Kiev>", use: "Kyiv" })).toBe("“<Kiev>” is a form to avoid: write “Kyiv”");
  });
});

describe("the translator that loads one locale", () => {
  const english = leaves(resources.en);

  it.each(LOCALES)("says in %s every message as the translator of all locales does", async (locale) => {
    const values = { count: 3, file: "en.md", line: 7, lang: "es", language: "es", expected: "en", found: "32", source: "23", term: "Kyiv" };
    const loaded = await loadTranslator(locale);
    const all = createTranslator(locale);
    expect(english.map((key) => loaded(withoutPlural(key), values))).toEqual(english.map((key) => all(withoutPlural(key), values)));
  });

  it("speaks English for a locale bitext does not speak", async () => {
    expect((await loadTranslator("pt"))("cli.internalError")).toBe(createTranslator("en")("cli.internalError"));
  });
});

describe("messages remembered", () => {
  it("are written once per key and values, and no values pass for others", () => {
    const t = createTranslator("en");
    const option = (value: unknown) => t("cli.unknownOption", { option: value, command: "check" });
    expect(option("--x")).toBe("Unknown option --x: run bitext check --help to see the options");
    expect(option("--x")).toBe(option("--x"));
    // The separators of the remembered key, inside a value, and a number beside its digits.
    expect(option("--x\u0000command=\"y\"")).toBe("Unknown option --x\u0000command=\"y\": run bitext check --help to see the options");
    expect(t("cli.unknownOption", { option: "--x", command: "y" })).toBe("Unknown option --x: run bitext y --help to see the options");
    expect(t("report.files", { count: 1 })).not.toBe(t("report.files", { count: 2 }));
    expect([1, 2, 1].map((count) => t("report.files", { count }))).toEqual(["1 file", "2 files", "1 file"]);
    // Each as i18next writes it, whatever was asked before: a number is not its text, NaN not
    // Infinity, a value's text not the names and values after it.
    const fresh = () => createTranslator("en");
    const asked: [string, Record<string, unknown>][] = [
      ["report.files", { count: NaN }], ["report.files", { count: Infinity }], ["report.files", { count: "1" }], ["report.files", { count: 1 }],
      ["cli.unknownOption", { option: "a", command: "b" }], ["cli.unknownOption", { option: "a\u00001:cs1:b", command: undefined }],
      ["cli.unknownOption", { option: true, command: "b" }], ["cli.unknownOption", { option: "true", command: "b" }],
    ];
    expect(asked.map(([key, values]) => t(key, values))).toEqual(asked.map(([key, values]) => fresh()(key, values)));
    // An object value is never remembered: asked afresh each time.
    expect(option({ toString: () => "--o" })).toBe("Unknown option --o: run bitext check --help to see the options");
  });
});
