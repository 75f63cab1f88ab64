import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { LOCALES, resources } from "../../src/i18n/index.js";
import { runCheck } from "../run-check.js";

const camel = (id: string) => id.replace(/[/-](\p{L})/gu, (_, c: string) => c.toUpperCase());
const lookup = (tree: unknown, path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe.each(checks.map((c) => [c.id, c] as const))("%s", (id, check) => {
  const lang = check.docs.lang ?? "en";
  const source = check.docs.source === undefined ? undefined
    : { text: check.docs.source, lang: check.docs.sourceLang ?? "es", ...(check.docs.sourceBefore === undefined ? {} : { before: check.docs.sourceBefore }) };

  const format = check.docs.format;
  it("flags its bad example", () => {
    expect(runCheck(check, check.docs.bad, { lang, source, ...(format ? { format } : {}) }).length).toBeGreaterThan(0);
  });

  it("stays silent on its good example", () => {
    expect(runCheck(check, check.docs.good, { lang, source, ...(format ? { format } : {}) })).toEqual([]);
  });

  it("gives a source exactly when it needs one", () => {
    expect(source !== undefined).toBe(check.needsSource === true);
  });

  it("is named after its id, with a test of its own", async () => {
    const file = id.replace("/", "-");
    const module = (await import(`../../src/checks/${file}.ts`)) as Record<string, unknown>;
    expect(Object.keys(module)).toEqual([camel(id)]);
    expect(module[camel(id)]).toBe(check);
    expect(existsSync(new URL(`./${file}.test.ts`, import.meta.url))).toBe(true);
  });

  it.each(LOCALES)("has every message in the %s locale", (locale) => {
    const [family, name] = id.split("/") as [string, string];
    for (const message of check.messages) {
      const text = lookup(resources[locale], ["checks", family, name, message]);
      expect(typeof text, `${locale}: checks.${family}.${name}.${message}`).toBe("string");
    }
  });
});

describe("README", () => {
  it("lists every rule as npm run docs writes it", async () => {
    const { rulesTable } = await import("../../src/checks/docs.js");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const between = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/u.exec(readme)?.[1];
    expect(between, "run npm run docs").toBe(rulesTable());
  });

  it("tells what bitext knows of each language as npm run docs writes it", async () => {
    const { languagesTable } = await import("../../src/checks/docs.js");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const between = /<!-- languages:start -->\n([\s\S]*?)<!-- languages:end -->/u.exec(readme)?.[1];
    expect(between, "run npm run docs").toBe(languagesTable());
  });
});
