// Terminal columns in every script: the side-by-side views of bitext align and bitext diff.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignArticles } from "../src/align/articles.js";
import { readArticle } from "../src/article/read.js";
import { alignmentSideBySide } from "../src/report/alignment.js";
import { columnLine, displayWidth, wrapText } from "../src/report/columns.js";
import { bundledGlossary } from "./run-check.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("terminal columns", () => {
  it.each([
    ["Kyiv", 4], ["Київ", 4], ["基辅", 4], ["キーウ", 6], ["키이우", 6], ["кий\u0301", 3], ["กรุงเทพฯ", 7], ["\u001b[31mKyiv\u001b[39m", 4], ["١٢٣", 3],
  ])("%j takes %i cells", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("wraps Han text without spaces at the column's width", () => {
    const lines = wrapText("人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心。", 20);
    expect(lines.map(displayWidth).every((w) => w <= 20)).toBe(true);
    expect(lines.join("")).toBe("人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心。");
  });

  it("aligns right-to-left text to the column's right edge, isolated from the other column", () => {
    expect(columnLine("مرحبا", 8, "ar")).toBe("   \u2067مرحبا\u2069");
    expect(columnLine("שלום", 8, "he")).toBe("    \u2067שלום\u2069");
    expect(columnLine("Kyiv", 8, "en")).toBe("Kyiv    ");
    expect(columnLine("基辅", 8, "zh")).toBe("基辅    ");
  });

  it("shows a source beside its Arabic translation in two columns of equal width", async () => {
    const [source, target] = await Promise.all([
      readArticle(join(ROOT, "articles/odesa-grain-port/es.md")), readArticle(join(ROOT, "articles/odesa-grain-port/ar.md")),
    ]);
    // Named by paths longer than a column, as under a deep working folder: they wrap too.
    const deep = "/tmp/a-rather-deep-working-folder/with/many/levels/articles/odesa-grain-port/";
    const alignment = alignArticles({ ...source, file: `${deep}es.md` }, { ...target, file: `${deep}ar.md` }, bundledGlossary);
    const lines = alignmentSideBySide(alignment, 100).trimEnd().split("\n");
    const rows = lines.filter((l) => l.includes(" │ "));
    expect(rows.slice(0, 2)).toEqual([`${deep.slice(0, 48)} │ ${deep.slice(0, 48)}`, `${deep.slice(48)}es.md${" ".repeat(96 - deep.length - 5)} │ ${deep.slice(48)}ar.md`]);
    // The divider stands in the same cell on every row, whatever the scripts on either side.
    expect(new Set(rows.map((l) => displayWidth(l.slice(0, l.indexOf(" │ ")))))).toEqual(new Set([48]));
    const right = lines.slice(lines.findIndex((l) => l.includes("─┼─")) + 1).filter((l) => l.includes(" │ ")).map((l) => l.slice(l.indexOf(" │ ") + 3)).filter((r) => r.trim() !== "");
    expect(right.length).toBeGreaterThan(10);
    expect(right.every((r) => r.endsWith("\u2069") && r.includes("\u2067"))).toBe(true);
  });
});
