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
