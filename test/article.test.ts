import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockBuilder } from "../src/article/block-builder.js";
import { decodeSource, sourceFromText } from "../src/article/decode.js";
import { isLanguageTag, languageFromFileName } from "../src/article/language.js";
import { ICU_VERSION, LANGUAGE_CODES } from "../src/article/language-codes.js";
import { parsePlainText } from "../src/article/plain-text.js";
import { fileSpan, positionAt } from "../src/article/position.js";
import { parseArticle } from "../src/article/read.js";
import { InputError } from "../src/errors.js";

const blocksOf = (file: string, text: string, lang = "en") =>
  parseArticle(file, sourceFromText(text), { lang }).blocks.map((b) => [b.kind, b.text]);

describe("reading articles", () => {
  it("takes headings, paragraphs, list items, quotes and table cells from Markdown, not code or HTML", () => {
    const md = [
      "---", "lang: en", "title: x", "---", "", "# Title *here*", "", "Body with [a link](https://x.org) and `code`.",
      "", "- item one", "- item two", "", "> quoted", "", "```", "not prose", "```", "", "<div>html</div>", "",
      "| a | b |", "| - | - |", "| c | d |", "",
    ].join("\n");
    expect(blocksOf("x.md", md)).toEqual([
      ["heading", "Title here"], ["paragraph", "Body with a link and code."], ["listItem", "item one"],
      ["listItem", "item two"], ["blockquote", "quoted"], ["tableCell", "a"], ["tableCell", "b"],
      ["tableCell", "c"], ["tableCell", "d"],
    ]);
  });

  it("maps every character back to the file through emphasis, escapes and entities", () => {
    const text = "Say \\*not\\* &amp; **Kiev** here";
    const article = parseArticle("x.md", sourceFromText(text), { lang: "en" });
    const block = article.blocks[0]!;
    expect(block.text).toBe("Say *not* & Kiev here");
    const at = block.text.indexOf("Kiev");
    const [from, to] = fileSpan(block, at, at + 4);
    expect(text.slice(from, to)).toBe("Kiev");
    const amp = block.text.indexOf("&");
    expect(text.slice(...fileSpan(block, amp, amp + 1))).toBe("&amp;");
  });

  it("reads plain text as one paragraph per non-empty line, with CRLF and a BOM", () => {
    const bytes = new TextEncoder().encode("\uFEFFFirst line.\r\n\r\nSecond line.\r\n");
    const source = decodeSource(bytes, "a.txt");
    expect(source.bom).toBe(true);
    const article = parseArticle("a.txt", source, { lang: "en" });
    expect(article.blocks.map((b) => b.text)).toEqual(["First line.", "Second line."]);
    const second = article.blocks[1]!;
    expect(positionAt(source, fileSpan(second, 0, 1)[0])).toEqual({ line: 3, column: 1 });
  });

  it.each([
    [[0xff, 0xfe, 0x41, 0x00], "input.utf16", {}],
    [[0x41, 0x00, 0x42], "input.binary", {}],
    [[0x41, 0x0a, 0x42, 0xc3, 0x28], "input.notUtf8", { line: 2 }],
  ])("rejects bytes %j with %s", (bytes, key, values) => {
    expect(() => decodeSource(Uint8Array.from(bytes), "bad.txt")).toThrow(InputError);
    try {
      decodeSource(Uint8Array.from(bytes), "bad.txt");
    } catch (error) {
      expect([(error as InputError).key, (error as InputError).values]).toEqual([key, values]);
    }
  });

  it("takes the language from front matter, then --lang, then the file name", () => {
    expect(parseArticle("en.md", sourceFromText("---\nlang: fr\n---\nTexte.")).lang).toBe("fr");
    expect(parseArticle("notes.txt", sourceFromText("Text."), { lang: "de" }).lang).toBe("de");
    expect(languageFromFileName("articles/x/pt-BR.md")).toBe("pt-BR");
    expect(languageFromFileName("belgorod-en.txt")).toBe("en");
    expect(languageFromFileName("story.uk.md")).toBe("uk");
    expect(languageFromFileName("notes.txt")).toBeUndefined();
  });

  it("knows a language as ICU does, from the list made ahead of time", () => {
    expect(["en", "EN", "pt-BR", "zh-Hant-TW", "ast", "yue", "ka", "th"].filter(isLanguageTag)).toHaveLength(8);
    expect(["xx", "qqq", "e", "english", "en_GB", "en-", ""].filter(isLanguageTag)).toEqual([]);
    // Every listed code is one this Node's ICU names; with the ICU the list was made from, the
    // list is exactly what it names (a newer Node's ICU may name more: run scripts/language-codes.js).
    const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
    const named = (code: string) => names.of(code) !== code;
    expect(LANGUAGE_CODES.filter((code) => !named(code))).toEqual([]);
    if (process.versions.icu === ICU_VERSION) {
      const letters = "abcdefghijklmnopqrstuvwxyz";
      const all = [...letters].flatMap((a) => [...letters].flatMap((b) => [a + b, ...[...letters].map((c) => a + b + c)]));
      expect(all.filter(named)).toEqual([...LANGUAGE_CODES]);
    }
  });

  it("names the line of invalid front matter", () => {
    expect(() => parseArticle("en.md", sourceFromText("---\nlang: en\ntitle: [unclosed\n---\nText."))).toThrow(
      expect.objectContaining({ key: "input.frontMatter", values: expect.objectContaining({ line: 3 }) }),
    );
  });
});

describe("plain text", () => {
  // A paragraph a line, each made by a block builder, as the reader did before it made the
  // blocks itself: the blocks must be the same, text, runs and all.
  const withBuilder = (text: string) => {
    const source = sourceFromText(text);
    return source.lineStarts.flatMap((start, i) => {
      let end = i + 1 < source.lineStarts.length ? source.lineStarts[i + 1]! - 1 : source.text.length;
      if (source.text[end - 1] === "\r") end--;
      const builder = blockBuilder("paragraph");
      builder.verbatim(source.text.slice(start, end), start);
      return [builder.build(0)].filter((b) => b !== undefined);
    }).map((block, index) => ({ ...block, index }));
  };

  it("makes each line's block as a block builder makes it", () => {
    const piece = fc.constantFrom("Kyiv", "«Слава»", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "👩‍💻", "", ".", "\u2028");
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join("")), (text) => {
      expect(parsePlainText(sourceFromText(text))).toEqual(withBuilder(text));
    }), { numRuns: 2000, seed: 3 });
  });
});

describe("byte offsets", () => {
  it("count UTF-8 bytes exactly, across chunk borders and surrogate pairs", async () => {
    const { byteOffsetAt } = await import("../src/article/position.js");
    const text = `${"a".repeat(1023)}😀é${"ж".repeat(2000)}Kiev`;
    const source = sourceFromText(`\uFEFF${text}`);
    for (const offset of [0, 1023, 1025, 1026, 1027, 2000, text.length - 4, text.length]) {
      expect(byteOffsetAt(source, offset), String(offset)).toBe(3 + Buffer.byteLength(text.slice(0, offset)));
    }
  });

  it("count each half of a surrogate pair as two bytes, lone halves too, at every offset", async () => {
    const { byteOffsetAt } = await import("../src/article/position.js");
    // Per UTF-16 unit: 1, 2 or 3 bytes, and 2 for either half of a pair.
    const bytesOf = (text: string, to: number) => {
      let bytes = 0;
      for (let i = 0; i < to; i++) {
        const unit = text.charCodeAt(i);
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
      }
      return bytes;
    };
    const piece = fc.constantFrom("a", "é", "ж", "€", "😀", "\uD83D", "\uDE00", " ", "a".repeat(700), "ж".repeat(400));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), fc.nat(), (text, at) => {
      const offset = text.length === 0 ? 0 : at % (text.length + 1);
      expect(byteOffsetAt(sourceFromText(text), offset)).toBe(bytesOf(text, offset));
    }), { numRuns: 3000, seed: 9 });
  });
});

describe("front matter", () => {
  it.each(["1234567", "12e4567", "0x1f2a", "3f2a9c1"])("keeps source-revision %s as written", (revision) => {
    const article = parseArticle("en.md", sourceFromText(`---\nsource: es.md\nsource-revision: ${revision}\n---\nText.\n`));
    expect(article.frontMatter["source-revision"]).toBe(revision);
  });
});

describe("read errors", () => {
  it.each([
    ["ENOENT", "input.missing"], ["EACCES", "input.permission"], ["EPERM", "input.permission"],
    ["EISDIR", "input.isDirectory"], ["ELOOP", "input.symlinkLoop"], ["EIO", "input.unreadable"],
  ])("%s becomes %s", async (code, key) => {
    const { ioKey } = await import("../src/errors.js");
    expect(ioKey(Object.assign(new Error(code), { code }))).toBe(key);
  });

  it("a file that vanished before it was read is one clear problem", async () => {
    const { readArticle } = await import("../src/article/read.js");
    await expect(readArticle("/no/such/dir/en.md")).rejects.toMatchObject({ file: "/no/such/dir/en.md", key: "input.missing" });
  });
});
