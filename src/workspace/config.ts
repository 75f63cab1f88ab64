import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { isLanguageTag } from "../article/language.js";
import { checks } from "../checks/index.js";
import { InputError, ioKey } from "../errors.js";
import { isPlain } from "../plain.js";
import { isLocale } from "../i18n/locales.js";
import type { RuleOptions, RuleSetting } from "../types.js";

/** bitext.config.yaml (or .json), as DESIGN.md describes it. */
export type Config = Readonly<{
  file?: string; // where it was read from
  dir: string; // paths in it are relative to this folder
  sourceLang?: string;
  glossaries?: readonly string[];
  locale?: string;
  rules: Readonly<Record<string, RuleSetting>>;
  /** Rule options: "quotes/style: { straight: allow }". */
  options?: Readonly<Record<string, RuleOptions>>;
  languages: Readonly<Record<string, Readonly<{ rules: Readonly<Record<string, RuleSetting>>; options?: Readonly<Record<string, RuleOptions>> }>>>;
  ignore: readonly string[];
  /** Problems listed per file before one line counts the rest (0: no limit). */
  maxProblems?: number;
  /** The published site's address, for bitext publish. */
  baseUrl?: string;
}>;

export const CONFIG_NAMES = ["bitext.config.yaml", "bitext.config.yml", "bitext.config.json"];
const SETTINGS = new Set<string>(["off", "info", "warning", "error"]);
const KEYS = new Set(["sourceLang", "glossaries", "locale", "rules", "languages", "ignore", "maxProblems", "baseUrl"]);

/** True for an absolute http or https address: a site's base URL. */
export function isBaseUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.search === "" && url.hash === "";
  } catch {
    return false;
  }
}

/** The config file in the folder or the nearest one above it, if any, as a path from `from`. */
export function findConfig(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return relative(from, join(dir, name));
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where a value of the config was written: `path` leads from the top mapping to it (keys, and
 * indexes in lists); `key`: the line of its key rather than of its value.
 */
export type LineOf = (path: readonly (string | number)[], key?: boolean) => number;

// Asked for a line on the quick way, which knows none: the exact way reads the file again.
const NO_LINES: LineOf = () => {
  throw NO_LINES;
};

/** Reads and validates a config file; an error names the file, the line and the key. */
export async function loadConfig(file: string | undefined, cwd: string): Promise<Config> {
  if (!file) return { dir: cwd, rules: {}, languages: {}, ignore: [] };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
  return parseConfig(text, file, resolve(cwd, dirname(file)));
}

/**
 * The config in `text` (`file` names it in errors; its paths are relative to `dir`). The quick way
 * (js-yaml, which reads glossaries too) takes a config as it is; anything wrong in it, the exact
 * way (the yaml library, loaded only then) names with its line.
 */
export async function parseConfig(text: string, file: string, dir: string): Promise<Config> {
  return quickConfig(text, file, dir) ?? parseConfigExactly(text, file, dir);
}

/** The config in `text`, read the quick way; undefined for anything that is not a clean config. */
export function quickConfig(text: string, file: string, dir: string): Config | undefined {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  try {
    return configOf(value, file, dir, NO_LINES);
  } catch (error) {
    if (error === NO_LINES) return undefined;
    throw error;
  }
}

/** The config in `text`, read with every value's position, to name the line of anything wrong. */
export async function parseConfigExactly(text: string, file: string, dir: string): Promise<Config> {
  const { readExactly } = await import("./config-yaml.js");
  const { value, lineOf } = readExactly(text, file);
  return configOf(value, file, dir, lineOf);
}

/** The config a file's top value says, or an InputError naming the line (from `lineOf`) at fault. */
function configOf(root: unknown, file: string, dir: string, lineOf: LineOf): Config {
  type Path = readonly (string | number)[];
  const fail = (path: Path, key: string, values: Record<string, unknown> = {}, atKey = false): never => {
    throw new InputError(file, key, { line: lineOf(path, atKey), ...values });
  };
  if (root === null || root === undefined) return { file, dir, rules: {}, languages: {}, ignore: [] };
  if (!isPlain(root)) return fail([], "config.notMapping");
  const text1 = (value: unknown, path: Path, key: string): string => (typeof value === "string" ? value : fail(path, "config.notText", { key }));
  const list = (value: unknown, path: Path, key: string): string[] =>
    (Array.isArray(value) ? value.map((v, n) => text1(v, [...path, n], key)) : [text1(value, path, key)]);
  // A rule is set to a severity ("warning") or to a mapping of its severity and options
  // ("{ severity: warning, straight: allow }").
  const rules = (value: unknown, path: Path, key: string): { rules: Record<string, RuleSetting>; options: Record<string, RuleOptions> } => {
    if (!isPlain(value)) return fail(path, "config.notMapping");
    const out: Record<string, RuleSetting> = {};
    const options: Record<string, RuleOptions> = {};
    const setting = (v: unknown, at: Path, where: string) => {
      const text = text1(v, at, where);
      if (!SETTINGS.has(text)) fail(at, "config.badSetting", { key: where, value: text });
      return text as RuleSetting;
    };
    for (const [id, ruleValue] of Object.entries(value)) {
      const at = [...path, id];
      const check = checks.find((c) => c.id === id);
      if (!check) return fail(at, "config.unknownRule", { key: `${key}.${id}` }, true);
      if (!isPlain(ruleValue)) {
        out[id] = setting(ruleValue, at, `${key}.${id}`);
        continue;
      }
      const set: Record<string, string> = {};
      for (const [name, optionValue] of Object.entries(ruleValue)) {
        const where = `${key}.${id}.${name}`;
        if (name === "severity") {
          out[id] = setting(optionValue, [...at, name], where);
          continue;
        }
        const values = check.options?.[name];
        if (!values) fail([...at, name], "config.unknownOption", { key: where, options: ["severity", ...Object.keys(check.options ?? {})].join(", ") }, true);
        const option = text1(optionValue, [...at, name], where);
        if (!values!.includes(option)) fail([...at, name], "config.badOption", { key: where, value: option, values: values!.join(", ") });
        set[name] = option;
      }
      if (Object.keys(set).length > 0) options[id] = set;
    }
    return { rules: out, options };
  };
  const config: { -readonly [K in keyof Config]: Config[K] } = { file, dir, rules: {}, languages: {}, ignore: [] };
  for (const [key, value] of Object.entries(root)) {
    const at = [key];
    if (!KEYS.has(key)) fail(at, "config.unknownKey", { key, keys: [...KEYS].join(", ") }, true);
    switch (key) {
      case "sourceLang":
        config.sourceLang = text1(value, at, key);
        if (!isLanguageTag(config.sourceLang)) fail(at, "config.badLanguage", { key, value: config.sourceLang });
        break;
      case "locale":
        config.locale = text1(value, at, key);
        if (!isLocale(config.locale)) fail(at, "config.badLocale", { key, value: config.locale });
        break;
      case "glossaries":
        config.glossaries = list(value, at, key).map((g) => resolve(dir, g));
        break;
      case "ignore":
        config.ignore = list(value, at, key);
        break;
      case "baseUrl":
        config.baseUrl = text1(value, at, key);
        if (!isBaseUrl(config.baseUrl)) fail(at, "config.badBaseUrl", { key, value: config.baseUrl });
        break;
      case "rules": {
        const read = rules(value, at, key);
        config.rules = read.rules;
        config.options = read.options;
        break;
      }
      case "maxProblems": {
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
          fail(at, "config.badCount", { key, value: typeof value === "object" && value !== null ? "…" : String(value) });
        }
        config.maxProblems = value as number;
        break;
      }
      case "languages": {
        if (!isPlain(value)) return fail(at, "config.notMapping");
        const languages: Record<string, { rules: Record<string, RuleSetting>; options?: Record<string, RuleOptions> }> = {};
        for (const [lang, entry] of Object.entries(value)) {
          const where = [...at, lang];
          if (!isLanguageTag(lang)) fail(where, "config.badLanguage", { key: `languages.${lang}`, value: lang }, true);
          if (!isPlain(entry)) return fail(where, "config.notMapping");
          for (const k of Object.keys(entry)) {
            if (k !== "rules") fail([...where, k], "config.unknownKey", { key: `languages.${lang}.${k}`, keys: "rules" }, true);
          }
          languages[lang.toLowerCase()] = entry.rules === undefined ? { rules: {} } : rules(entry.rules, [...where, "rules"], `languages.${lang}.rules`);
        }
        config.languages = languages;
        break;
      }
      default:
    }
  }
  return config;
}

/** The rule settings for one language: the config's, then the language's own. */
export function rulesFor(config: Config, tag: string): Record<string, RuleSetting> {
  const lower = tag.toLowerCase();
  return { ...config.rules, ...config.languages[lower.split("-")[0]!]?.rules, ...config.languages[lower]?.rules };
}

/** The rule options for one language: the config's, then the language's own, option by option. */
export function optionsFor(config: Config, tag: string): Record<string, RuleOptions> {
  const lower = tag.toLowerCase();
  const out: Record<string, RuleOptions> = {};
  for (const layer of [config.options, config.languages[lower.split("-")[0]!]?.options, config.languages[lower]?.options]) {
    for (const [id, set] of Object.entries(layer ?? {})) out[id] = { ...out[id], ...set };
  }
  return out;
}

export const STARTER_CONFIG = `# bitext configuration: https://www.npmjs.com/package/bitext
# Found from the working directory upwards; paths are relative to this file.

# Which file of an article set is the source, when its front matter does not say.
sourceLang: es

# Glossaries to check against: YAML, JSON, TBX, CSV or TSV (default: all of them in ./glossaries).
# glossaries: [glossaries/russia-ukraine.yaml]

# Language of the messages: en, es, fr, de, uk or ru.
locale: en

# Per rule: off | info | warning | error, or a mapping of that and the rule's options.
rules:
  quotes/style: warning
  # quotes/style: { severity: warning, straight: allow }   # a house style of straight quotes
  # stray/markup: off

# Per-language overrides.
languages:
  fr:
    rules:
      text/whitespace: error

# Files and folders not to check (globs, relative to this file).
ignore:
  - "articles/archive/**"

# Problems listed per file; one more line counts the rest (0: list them all).
# maxProblems: 1000

# Where bitext publish's site will live: for canonical links, the sitemap and the feeds.
# baseUrl: https://news.example.org/
`;
