// Property tests over arbitrary text: bitext never throws, its positions always point at the
// text they quote, fixes fix what they say and nothing else, and runs are deterministic.
// CI runs a bounded number with a fixed seed; `npm run fuzz` runs many more.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignArticles } from "../src/align/articles.js";
import { sourceFromText } from "../src/article/decode.js";
import { parseMarkdown } from "../src/article/markdown.js";
import { parseArticle } from "../src/article/read.js";
import { checks } from "../src/checks/index.js";
import { checkArticle } from "../src/checks/run.js";
import { InputError } from "../src/errors.js";
import { createTranslator } from "../src/i18n/index.js";
import type { Diagnostic } from "../src/types.js";
import { applyFixes } from "../src/workspace/fix.js";
import { bundledGlossary } from "./run-check.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const t = createTranslator("en");

// Pieces that exercise every rule: quotes of every language, apostrophes, glossary terms,
// embeds, markup, mojibake, invisible characters, Markdown syntax, CRLF and BOM.
const PIECES = [
  "Kiev", "kyiv", "Kyiv", "Russian Freedom Legion", "FSB (Federal Security Bureau)", "Одесса", "Київ", "the the", "Chicken Kiev",
  "“", "”", "„", "«", "»", "‘", "’", "\"", "'", "Russia’s", " ", "  ", "\t", "\n", "\r\n", "\n\n", ".", ",", ";", ":", "!", "?", "¿", "…", "(", ")",
  "a", "word", "Слово", "mot", "Wort", "palabra", "слово", "U.S.", "5", "1.000", "40 000", "—", "–", "-",
  "pic.twitter.com/abcd1234", "— Name (@handle) May 22, 2023", "<b>", "</b>", "&nbsp;", "&amp;", "**", "__", "[x](https://e.org)", "Ã©", "â€œ",
  "\u200B", "\u202E", "\uFFFD", "\u00A0", "\u202F", "😀", "é", "# ", "> ", "- ", "1. ", "`", "<!-- bitext-disable-next-line -->", "\\", "*", "_",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
const setup = fc.record({
  lang: fc.constantFrom("en", "es", "fr", "de", "uk", "ru"),
  format: fc.constantFrom("md", "txt"),
  bom: fc.boolean(),
  body: text,
});

function run(body: string, lang: string, format: string, bom: boolean) {
  const article = parseArticle(`a.${format}`, sourceFromText((bom ? "\uFEFF" : "") + body), { lang });
  return { article, diagnostics: checkArticle(article, checks, { glossary: bundledGlossary, t }) };
}

const offsetOf = (text: string, line: number, column: number) => {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf("\n", at) + 1;
  return at + column - 1;
};

describe("properties", () => {
  it("check never throws, and every diagnostic quotes the file at its span", () => {
    fc.assert(fc.property(setup, ({ lang, format, bom, body }) => {
      const { article, diagnostics } = run(body, lang, format, bom);
      const file = article.source.text;
      const lines = file.split("\n").length;
      for (const d of diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.endLine).toBeLessThanOrEqual(lines);
        const from = offsetOf(file, d.line, d.column);
        const to = offsetOf(file, d.endLine, d.endColumn);
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeGreaterThanOrEqual(from);
        expect(to).toBeLessThanOrEqual(file.length);
        expect(file.slice(from, to)).toBe(d.excerpt);
      }
    }), { numRuns: RUNS, seed: SEED });
  });

  it("reads any front matter or refuses it with the file's own error, never another exception", () => {
    const line = fc.constantFrom(
      "lang: en\n", "lang: 5\n", "lang: [a]\n", "lang: zh-Hant-TW\n", "role: source\n", "source: es.md\n", "source-revision: 12e4567\n",
      "source-revision: ~\n", "x: &a [1, 2]\n", "y: *a\n", "y: *nowhere\n", "? [a]\n: b\n", "key: !!binary x\n", "key: !!js/function 'x'\n",
      "- a\n", "a: b: c\n", "'\n", "\t\n", "%YAML 1.1\n", "...\n", "<<: *a\n", "lang: en\nlang: fr\n",
      `z: &b [${Array(10).fill("*a").join(", ")}]\n`, `w: &c [${Array(10).fill("*b").join(", ")}]\n`, `v: [${Array(10).fill("*c").join(", ")}]\n`,
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), text, fc.constantFrom("en", "uk"), (lines, body, lang) => {
      try {
        const { article } = run(`---\n${lines.join("")}---\n\n${body}`, lang, "md", false);
        expect(typeof article.lang).toBe("string");
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }), { numRuns: RUNS * 4, seed: SEED });
  });

  it("parses Markdown piece by piece, and plain paragraphs without the parser, exactly as whole", () => {
    // Pieces that matter where a document is cut: blank lines, margins, fences, HTML blocks,
    // lists, quotes, front matter.
    const LINE = fc.constantFrom(
      "", "", "", "Kiev said “no”.", "the the end", "  indented", "    code", "- item", "1. item", "> quote", "# Heading", "Title", "===",
      "```", "~~~", "````", "<!-- note", "-->", "<!-- bitext-disable -->", "<!-- bitext-enable -->", "<script>", "</script>", "<pre>", "</pre>",
      "<div>", "</div>", "<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "| a | b |", "|---|---|", "---", "***", "*a* [b](c) `d`",
      "  - nested", "\t- tab", "&amp; &#8220;", "<b>bold</b>", "  ```", "> ```", "- ```", "    <!--", "- <!--", "<style>", "<textarea>",
      "[a]: https://e.org", "[^1]: note", "Text[^1] and [a].", "Setext", "<!-- one -->", "<table>", "</table>",
      // Paragraphs that need no parser, and lines that only look so.
      "Plain words, as prose is.", "Another plain line", "Київ і Одеса", "Trailing space ", "Trailing two  ", "Tab\tinside",
      "www.example.org", "See https://e.org", "Mail a@b.co now", "Ends in a backslash\\", "2023 was long", "3) three", "+ plus", "= equals",
      "Line\r", "Σ and ß", "—dash first", "Entity &copy; here", "~strike~", "a | b", "- [ ] task", "* [x] done", "**Kiev** said", "[Kyiv](https://e.org) fell.",
      "WWW.EXAMPLE.ORG and *it*", "HTTP://E.ORG *x*", "mailto:a@b.co _y_", "[^n] *z*", "**a**~b~", "[x] *not a task*", "`www.e.org`",
      // Simple emphasis and links, read without the parser, and near misses that need it.
      "**Kiev** said so.", "_Kyiv_, then *Odesa*: and __more__!", "See [the report](https://e.org/a_b?c=1#d).", "[two words](u) and **x**",
      "**a**b", "a**b**", "**a b**", "** a**", "**a **", "*a*.", "(**a**)", "**é**", "**e\u0301**", "![img](u)", "[a](b c)", "[a](<b>)",
      "[a](u)(v)", "[ a](u)", "[a](u).", "[a] (u)", "_a_b", "x _a_", "***a***", "**a*", "*a**", "[a](u \"t\")", "[a](u&amp;v)", "[a]: u",
      "**1**", "[1 2](3)", "*a* *b*", "**Ki**\n**ev**", "text\n*a* b",
      "## Plain heading", "# Title", "### Closed ###", "#  Two spaces", "# ", "#NoSpace", "####### Seven", "# C#", "# Heading ", "\u00A0", "# \u00A0",
      "---", "--- ", "----", "lang: en", "title: x",
    );
    const FRONT = fc.constantFrom("", "---\nlang: en\n\ntitle: x\n---\n", "---\n---\n", "---  \nlang: en  \n---\t\n", "---\r\nlang: en\r\n---\r\n",
      "---\nlang: en\n---", "---\nlang: en\n", "---\n\n\n---\n\n");
    fc.assert(fc.property(fc.array(LINE, { maxLength: 40 }), FRONT, (lines, frontMatter) => {
      const text = `${frontMatter}${lines.join("\n")}\n`;
      const source = sourceFromText(text);
      const whole = parseMarkdown(source, "a.md", { chunkSize: Infinity, plain: false });
      expect(parseMarkdown(source, "a.md", { chunkSize: 1, plain: false })).toEqual(whole);
      // Paragraphs with no Markdown in them, read without the parser: as it reads them.
      expect(parseMarkdown(source, "a.md", { chunkSize: Infinity })).toEqual(whole);
      expect(parseMarkdown(source, "a.md", { chunkSize: 1 })).toEqual(whole);
    }), { numRuns: RUNS * 10, seed: SEED });
  }, Math.max(30_000, RUNS * 100));

  it("reads paragraphs of simple emphasis and links without the parser, exactly as the parser does", () => {
    // Words, the marks of emphasis and links, whole and broken, and what may stand next to them.
    const PIECE = fc.constantFrom("word", "Київ", "2023", " ", " ", " ", ", ", ". ", ":", "**", "*", "_", "__", "[", "]", "(", ")", "!",
      "https://e.org", "u", "é", "\u0301", "\n", "\t", "&", "[a](u)", "**b**", "_c_", "*d*", "__e__", "[two words](https://e.org/x?y=1#z)", "- ", "1. ");
    const paragraph = fc.array(PIECE, { maxLength: 14 }).map((pieces) => pieces.join(""));
    fc.assert(fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
      const source = sourceFromText(`${paragraphs.join("\n\n")}\n`);
      expect(parseMarkdown(source, "a.md")).toEqual(parseMarkdown(source, "a.md", { plain: false }));
    }), { numRuns: RUNS * 50, seed: SEED });
  }, Math.max(30_000, RUNS * 500));

  it("is deterministic", () => {
    fc.assert(fc.property(setup, ({ lang, format, bom, body }) => {
      expect(run(body, lang, format, bom).diagnostics).toEqual(run(body, lang, format, bom).diagnostics);
    }), { numRuns: RUNS, seed: SEED });
  });

  it("fixes what each fix says, and changes nothing else", () => {
    fc.assert(fc.property(setup, ({ lang, format, bom, body }) => {
      const bytes = Buffer.from((bom ? "\uFEFF" : "") + body, "utf8");
      const { diagnostics } = run(body, lang, format, bom);
      const { bytes: fixed } = applyFixes(bytes, diagnostics);
      // Outside the replaced ranges, every byte is as it was.
      const applied: Diagnostic[] = [];
      let at = 0;
      for (const d of [...diagnostics].filter((x) => x.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1])) {
        if (d.fix!.range[0] < at) continue;
        applied.push(d);
        at = d.fix!.range[1];
      }
      let rebuilt = Buffer.alloc(0);
      let last = 0;
      for (const d of applied) {
        rebuilt = Buffer.concat([rebuilt, bytes.subarray(last, d.fix!.range[0]), Buffer.from(d.fix!.text)]);
        last = d.fix!.range[1];
      }
      expect(Buffer.concat([rebuilt, bytes.subarray(last)]).equals(Buffer.from(fixed))).toBe(true);
      // A fixed problem is not reported again where it was.
      const again = run(Buffer.from(fixed).toString("utf8").replace(/^\uFEFF/u, ""), lang, format, bom).diagnostics;
      let shift = 0;
      for (const [k, d] of applied.entries()) {
        const start = d.fix!.range[0] + shift;
        shift += Buffer.byteLength(d.fix!.text) - (d.fix!.range[1] - d.fix!.range[0]);
        // Fixes a few bytes apart make a new text together ("Kiev␣␣\u200B␣␣Kiev" → "Kiev␣␣Kiev",
        // "the the \u200Bthe the" → "the the"); the promise is about each fix on its own.
        const NEAR = 8;
        const near = (applied[k - 1] && d.fix!.range[0] - applied[k - 1]!.fix!.range[1] <= NEAR)
          || (applied[k + 1] && applied[k + 1]!.fix!.range[0] - d.fix!.range[1] <= NEAR);
        if (near) continue;
        const same = again.find((x) => x.ruleId === d.ruleId && x.excerpt === d.excerpt && x.fix?.range[0] === start);
        expect(same, `${d.ruleId} ${JSON.stringify(d.excerpt)}`).toBeUndefined();
      }
    }), { numRuns: RUNS, seed: SEED });
  });

  it("align never throws and links every block exactly once, in order", () => {
    fc.assert(fc.property(text, text, fc.constantFrom("md", "txt"), (a, b, format) => {
      const source = parseArticle(`es.${format}`, sourceFromText(a), { lang: "es" });
      const target = parseArticle(`en.${format}`, sourceFromText(b), { lang: "en" });
      const links = alignArticles(source, target, bundledGlossary).links;
      expect(links.flatMap((l) => l.source.map((x) => x.index))).toEqual(source.blocks.map((x) => x.index));
      expect(links.flatMap((l) => l.target.map((x) => x.index))).toEqual(target.blocks.map((x) => x.index));
      for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0);
    }), { numRuns: RUNS, seed: SEED });
  });
});
