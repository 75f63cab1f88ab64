import { identifiable } from "../language/identify.js";
import { numberWordsOf } from "../language/number-words.js";
import { quoteConvention } from "../language/quotes.js";
import { CASED_SCRIPTS, scriptOf, UNSPACED_SCRIPTS } from "../language/scripts.js";
import { ABBREVIATION_LANGUAGES } from "../segment/abbreviations.js";
import { checks } from "./index.js";

// Invisible and control characters are written as escapes, so the table shows them.
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ")
  .replace(/[\u0000-\u001F\u007F-\u009F\u00A0\u00AD\u200B-\u200F\u202A-\u202F\u2066-\u2069\uFEFF]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
const code = (text: string) => `\`${cell(text).replace(/`/g, "'")}\``;
// A translation's example shows its source first: "es: … → en: …", paragraphs split by ¶.
const example = (c: (typeof checks)[number], text: string) => {
  const paragraphs = (t: string) => t.split("\n").join(" ¶ ");
  if (c.docs.source === undefined) return code(text);
  return `${c.docs.sourceLang ?? "es"}: ${code(paragraphs(c.docs.source))} → ${c.docs.lang ?? "en"}: ${code(paragraphs(text))}`;
};

const scriptNames = new Intl.DisplayNames(["en"], { type: "script" });
// Which languages a rule understands: its languages, or the scripts it reads.
const understands = (c: (typeof checks)[number]) => {
  const scripts = c.scripts ? `${c.scripts.map((s) => scriptNames.of(s)).join(", ")} script` : "";
  return [c.languages?.join(", "), scripts].filter(Boolean).join("; ") || "all";
};

/** The README's rule table, generated from each check's own docs. */
export function rulesTable(): string {
  const rows = checks.map((c) => `| \`${c.id}\` | ${c.severity} | ${understands(c)} | ${cell(c.docs.summary)} | ${example(c, c.docs.bad)} | ${example(c, c.docs.good)} |`);
  return ["| rule | severity | languages | what it flags | flagged | not flagged |", "| --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}

// The languages of a global newsroom, in the README's order.
const NEWSROOM = ["en", "es", "fr", "de", "it", "pt", "nl", "pl", "cs", "sk", "ro", "hu", "fi", "sv", "da", "nb", "tr", "uk", "ru",
  "bg", "el", "hy", "ka", "ar", "fa", "ur", "he", "hi", "bn", "zh", "ja", "ko", "th", "vi", "id", "ms"];
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const SCRIPT_LABEL: Readonly<Record<string, string>> = { Hans: "Han (simplified)", Hant: "Han (traditional)", Jpan: "Han and kana", Kore: "Hangul" };

/** The README's table of what bitext knows of each language, from the code that knows it. */
export function languagesTable(): string {
  const rule = (id: string) => checks.find((c) => c.id === id)!;
  const rows = NEWSROOM.map((lang) => {
    const script = scriptOf(lang) ?? "";
    const convention = quoteConvention(lang);
    const quotes = convention ? convention.pairs.map((p) => `${p[0]} ${p[1]}`).join(", ") : "not checked";
    const han = lang === "zh" || lang === "ja";
    const numbers = ["digits", han ? "Han numerals" : { full: "words and ordinals", partial: "some words", none: "" }[numberWordsOf(lang)]]
      .filter(Boolean).join(", ");
    const cased = CASED_SCRIPTS.includes(script) ? "checked" : script === "Geor" ? "none in ordinary writing" : "no case";
    const sentences = UNSPACED_SCRIPTS.has(script) ? "no spaces: punctuation only"
      : ABBREVIATION_LANGUAGES.includes(lang) ? "abbreviations listed" : "common abbreviations";
    const repeated = rule("text/repeated-word").languages!.includes(lang) ? "checked" : "not checked";
    const identified = identifiable(lang) ? "sentences in the source's language" : "copies of the source";
    return `| ${lang} | ${languageNames.of(lang)} | ${SCRIPT_LABEL[script] ?? scriptNames.of(script)} | ${quotes} | ${numbers} | ${sentences} | ${cased} | ${repeated} | ${identified} |`;
  });
  return ["| tag | language | script | quotation marks | numbers | sentence ends | sentence case | repeated words | untranslated text |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}
