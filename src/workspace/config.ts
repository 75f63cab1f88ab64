import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { isLanguageTag } from "../article/language.js";
import { checks } from "../checks/index.js";
import { InputError, ioKey } from "../errors.js";
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

/** Reads and validates a config file; an error names the file, the line and the key. */
export async function loadConfig(file: string | undefined, cwd: string): Promise<Config> {
  if (!file) return { dir: cwd, rules: {}, languages: {}, ignore: [] };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const fail = (node: YamlNode | null | undefined, key: string, values: Record<string, unknown> = {}): never => {
    throw new InputError(file, key, { line: node?.range ? lines.linePos(node.range[0]).line : 1, ...values });
  };
  if (doc.errors[0]) {
    const reason = doc.errors[0].message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/u, "");
    throw new InputError(file, "config.syntax", { line: lines.linePos(doc.errors[0].pos[0]).line, reason });
  }
  const root = doc.contents;
  if (root === null) return { file, dir: resolve(cwd, dirname(file)), rules: {}, languages: {}, ignore: [] };
  if (!isMap(root)) return fail(root, "config.notMapping");
  const text1 = (node: unknown, key: string): string => {
    if (isScalar(node) && typeof node.value === "string") return node.value;
    return fail(node as YamlNode, "config.notText", { key });
  };
  const list = (node: unknown, key: string): string[] => (isSeq(node) ? node.items.map((n) => text1(n, key)) : [text1(node, key)]);
  // A rule is set to a severity ("warning") or to a mapping of its severity and options
  // ("{ severity: warning, straight: allow }").
  const rules = (node: unknown, key: string): { rules: Record<string, RuleSetting>; options: Record<string, RuleOptions> } => {
    if (!isMap(node)) return fail(node as YamlNode, "config.notMapping");
    const out: Record<string, RuleSetting> = {};
    const options: Record<string, RuleOptions> = {};
    const setting = (value: YamlNode | null, where: string) => {
      const text = text1(value, where);
      if (!SETTINGS.has(text)) fail(value, "config.badSetting", { key: where, value: text });
      return text as RuleSetting;
    };
    for (const pair of node.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : "";
      const check = checks.find((c) => c.id === id);
      if (!check) return fail(pair.key as YamlNode, "config.unknownRule", { key: `${key}.${id}` });
      if (!isMap(pair.value)) {
        out[id] = setting(pair.value as YamlNode | null, `${key}.${id}`);
        continue;
      }
      const set: Record<string, string> = {};
      for (const option of pair.value.items) {
        const name = isScalar(option.key) ? String(option.key.value) : "";
        const where = `${key}.${id}.${name}`;
        if (name === "severity") {
          out[id] = setting(option.value as YamlNode | null, where);
          continue;
        }
        const values = check.options?.[name];
        if (!values) fail(option.key as YamlNode, "config.unknownOption", { key: where, options: ["severity", ...Object.keys(check.options ?? {})].join(", ") });
        const value = text1(option.value, where);
        if (!values!.includes(value)) fail(option.value as YamlNode, "config.badOption", { key: where, value, values: values!.join(", ") });
        set[name] = value;
      }
      if (Object.keys(set).length > 0) options[id] = set;
    }
    return { rules: out, options };
  };
  const dir = resolve(cwd, dirname(file));
  const config: { -readonly [K in keyof Config]: Config[K] } = { file, dir, rules: {}, languages: {}, ignore: [] };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value as YamlNode | null;
    if (!KEYS.has(key)) fail(pair.key as YamlNode, "config.unknownKey", { key, keys: [...KEYS].join(", ") });
    switch (key) {
      case "sourceLang":
        config.sourceLang = text1(value, key);
        if (!isLanguageTag(config.sourceLang)) fail(value, "config.badLanguage", { key, value: config.sourceLang });
        break;
      case "locale":
        config.locale = text1(value, key);
        if (!isLocale(config.locale)) fail(value, "config.badLocale", { key, value: config.locale });
        break;
      case "glossaries":
        config.glossaries = list(value, key).map((g) => resolve(dir, g));
        break;
      case "ignore":
        config.ignore = list(value, key);
        break;
      case "baseUrl":
        config.baseUrl = text1(value, key);
        if (!isBaseUrl(config.baseUrl)) fail(value, "config.badBaseUrl", { key, value: config.baseUrl });
        break;
      case "rules": {
        const read = rules(value, key);
        config.rules = read.rules;
        config.options = read.options;
        break;
      }
      case "maxProblems": {
        const count = isScalar(value) ? value.value : undefined;
        if (typeof count !== "number" || !Number.isInteger(count) || count < 0) fail(value, "config.badCount", { key, value: String(isScalar(value) ? value.value : "…") });
        config.maxProblems = count as number;
        break;
      }
      case "languages": {
        if (!isMap(value)) return fail(value, "config.notMapping");
        const languages: Record<string, { rules: Record<string, RuleSetting>; options?: Record<string, RuleOptions> }> = {};
        for (const entry of value.items) {
          const lang = isScalar(entry.key) ? String(entry.key.value) : "";
          if (!isLanguageTag(lang)) fail(entry.key as YamlNode, "config.badLanguage", { key: `languages.${lang}`, value: lang });
          if (!isMap(entry.value)) return fail(entry.value as YamlNode, "config.notMapping");
          const inner = entry.value.get("rules", true);
          for (const p of entry.value.items) {
            const k = isScalar(p.key) ? String(p.key.value) : "";
            if (k !== "rules") fail(p.key as YamlNode, "config.unknownKey", { key: `languages.${lang}.${k}`, keys: "rules" });
          }
          languages[lang.toLowerCase()] = inner === undefined ? { rules: {} } : rules(inner, `languages.${lang}.rules`);
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
