import type { Nodes, Parent, PhrasingContent, Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { InputError } from "../errors.js";
import type { BlockKind, Directive, SourceText, TextBlock } from "../types.js";
import { blockBuilder, MAX_BLOCKS } from "./block-builder.js";
import { markdownChunks, plainSegments } from "./markdown-chunks.js";

export type ParsedMarkdown = { blocks: TextBlock[]; frontMatter: string | undefined; frontMatterLine: number; directives: Directive[] };

const DIRECTIVE = /^<!--\s*bitext-(disable-next-line|disable|enable)(?:\s+([^]*?))?\s*-->$/u;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);
// Front matter opens a document; a later piece starting with "---" holds a thematic break.
const pieceParser = unified().use(remarkParse).use(remarkGfm);
// A piece with nothing GFM reads (a table's |, ~strike~, a bare URL or address, a footnote, a
// task's [ ]) parses as CommonMark alone, in half the time: GFM's extensions cost more to set up
// for each piece than the piece does to parse. The property tests hold the two equal.
const commonParser = unified().use(remarkParse);
const GFM_SYNTAX = /[|~@]|www\.|https?:\/\/|ftp:\/\/|mailto:|xmpp:|\[\^|\[[ xX]\]/iu;

// remark and its plugins recurse once per level of nesting; far below where they would exhaust
// the stack, no article nests quotes or lists this deep.
export const MAX_NESTING = 500;
const PREFIX = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/u;
const LEVEL = />|[-*+][ \t]|\d[.)]/gu;
const INDENT = /^[ \t]*/u;

function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  for (let at = 0; at <= text.length; line++) {
    const end = text.indexOf("\n", at);
    const prefix = PREFIX.exec(text.slice(at, end === -1 ? text.length : Math.min(end, at + 20_000)))?.[0] ?? "";
    const depth = (prefix.match(LEVEL)?.length ?? 0) + Math.floor((INDENT.exec(prefix)?.[0].length ?? 0) / 4);
    if (depth > deepest.depth) deepest = { depth, line };
    if (end === -1) break;
    at = end + 1;
  }
  return deepest;
}

// The parser holds all its tokens for what it is given: 200 bytes per character of prose, 500
// of a list, several thousand of a table of short cells. Markdown that can't be cut into pieces
// (see markdown-chunks.ts) is read up to this many characters.
export const MAX_PIECE = 1024 * 1024;

// A table is one piece whatever its size, and its tokens cost the most: 20,000 rows of ten
// short cells took the parser 1.8 GB. Up to this many cells (| marks) one table costs at most a
// few hundred megabytes; a news table has a few hundred.
export const MAX_TABLE_CELLS = 20_000;

/** The most | marks in one run of lines that all have some, and where the run starts. */
function largestTable(source: SourceText): { count: number; line: number } {
  return busiestRun(source, (from, to) => count(source.text, from, to, (c) => c === 124), (_, n) => (n === 0 ? "after" : undefined));
}

// micromark pairs emphasis, strike-through and link marks, and reads inline HTML, within a
// paragraph in time that grows with the square of their number: 40,000 "]" in one paragraph
// take ten seconds, 400,000 a quarter of an hour; 100,000 inline tags, twenty seconds. Up to
// this many a paragraph costs no more than ordinary dense Markdown; a news paragraph has a few
// dozen. Lists and tables are paragraphs per item and row.
export const MAX_MARKS = 2000;
const PARAGRAPH_BREAK = /^[ \t]*(?:$|[-*+][ \t]|\d{1,9}[.)][ \t]|\||#)/u;

// * _ ~ [ ] <
const isMark = (c: number) => c === 42 || c === 95 || c === 126 || c === 91 || c === 93 || c === 60;

/** The most marks in one paragraph, and the line it starts on. */
function densestParagraph(source: SourceText): { count: number; line: number } {
  return busiestRun(source, (from, to) => count(source.text, from, to, isMark), (line) => {
    const head = line.slice(0, 16);
    return !PARAGRAPH_BREAK.test(head) ? undefined : head.trim() === "" ? "after" : "before";
  });
}

function count(text: string, from: number, to: number, counts: (unit: number) => boolean): number {
  let n = 0;
  for (let i = from; i < to; i++) if (counts(text.charCodeAt(i))) n++;
  return n;
}

/**
 * The largest sum of a count over a run of lines, and the line the run starts on. Each line is
 * counted and then either joins the run, begins a new one ("before": it is the new run's first),
 * or ends it ("after": the next run starts after it, and it belongs to none).
 */
function busiestRun(source: SourceText, countOf: (from: number, to: number) => number,
  cut: (line: string, count: number) => "before" | "after" | undefined): { count: number; line: number } {
  const { text, lineStarts } = source;
  let busiest = { count: 0, line: 1 };
  let sum = 0;
  let start = 1;
  for (let line = 1; line <= lineStarts.length; line++) {
    const from = lineStarts[line - 1]!;
    const to = line < lineStarts.length ? lineStarts[line]! - 1 : text.length;
    const n = countOf(from, to);
    const where = cut(text.slice(from, Math.min(to, from + 16)), n);
    if (where === "after") {
      sum = 0;
      start = line + 1;
      continue;
    }
    if (where === "before") {
      sum = 0;
      start = line;
    }
    sum += n;
    if (sum > busiest.count) busiest = { count: sum, line: start };
  }
  return busiest;
}

/** Headings, paragraphs, list items, quotes and table cells, each with exact positions. */
export function parseMarkdown(source: SourceText, file = "", options: { chunkSize?: number; maxBlocks?: number; plain?: boolean } = {}): ParsedMarkdown {
  const maxBlocks = options.maxBlocks ?? MAX_BLOCKS;
  const nesting = deepestNesting(source.text);
  if (nesting.depth > MAX_NESTING) throw new InputError(file, "input.tooDeep", { ...nesting, max: MAX_NESTING });
  const marks = densestParagraph(source);
  if (marks.count > MAX_MARKS) throw new InputError(file, "input.tooManyMarks", { ...marks, max: MAX_MARKS });
  const table = largestTable(source);
  if (table.count > MAX_TABLE_CELLS) throw new InputError(file, "input.tableTooLarge", { ...table, max: MAX_TABLE_CELLS });
  const blocks: TextBlock[] = [];
  const directives: Directive[] = [];
  let frontMatter: string | undefined;
  let frontMatterLine = 1;
  // The number of the ordered list item whose first block comes next.
  let marker: string | undefined;

  const visit = (node: Nodes, context: BlockKind) => {
    switch (node.type) {
      case "yaml":
        frontMatter = node.value;
        frontMatterLine = (node.position?.start.line ?? 1) + 1;
        return;
      case "heading":
      case "paragraph":
      case "tableCell": {
        const kind: BlockKind = node.type === "paragraph" ? context : node.type;
        const block = phrasingBlock(node, kind, source.text, blocks.length);
        if (!block) return;
        if (blocks.length === maxBlocks) throw new InputError(file, "input.tooManyParagraphs", { max: maxBlocks, line: node.position?.start.line ?? 1 });
        blocks.push(marker === undefined ? block : { ...block, marker });
        marker = undefined;
        return;
      }
      case "html": {
        const m = DIRECTIVE.exec(node.value.trim());
        if (m && node.position) {
          const { start, end } = node.position;
          directives.push({
            kind: m[1] as Directive["kind"],
            rules: (m[2] ?? "").split(/[\s,]+/u).filter(Boolean),
            line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            text: node.value.trim(),
          });
        }
        return; // not prose
      }
      case "code":
        return;
      default:
        if ("children" in node) {
          const inner: BlockKind = node.type === "listItem" ? "listItem"
            : node.type === "blockquote" ? "blockquote" : context;
          const ordered = node.type === "list" && node.ordered === true;
          for (const [k, child] of (node as Parent).children.entries()) {
            if (ordered) marker = String((node.start ?? 1) + k);
            visit(child as Nodes, inner);
          }
          if (ordered) marker = undefined;
        }
    }
  };
  // Piece by piece where that parses the same, so that the parser's tokens for one piece are
  // all it holds at a time; a piece too large for that is refused before it is parsed.
  const chunks = markdownChunks(source.text, options.chunkSize);
  const largest = chunks.reduce((a, c) => (c.to - c.from > a.to - a.from ? c : a));
  if (largest.to - largest.from > MAX_PIECE) {
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    throw new InputError(file, "input.markdownTooLarge", { size: mb(largest.to - largest.from), line: largest.line, max: mb(MAX_PIECE) });
  }
  // A paragraph with no Markdown in it needs no parser (markdown-chunks.ts says which): its text
  // is its source. options.plain: false parses every paragraph, as the property tests compare.
  for (const chunk of chunks) {
    for (const segment of options.plain === false ? [{ ...chunk, kind: "markdown" as const }] : plainSegments(source.text, chunk)) {
      if (segment.kind === "frontMatter") {
        frontMatter = source.text.slice(source.text.indexOf("\n") + 1, segment.to);
        frontMatterLine = 2;
        continue;
      }
      if (segment.kind !== "markdown") {
        const builder = blockBuilder(segment.kind);
        const start = segment.text ?? segment.from;
        for (const [from, to] of segment.pieces ?? [[start, segment.to]]) builder.verbatim(source.text.slice(from, to), from);
        const block = builder.build(blocks.length);
        if (!block) continue;
        if (blocks.length === maxBlocks) throw new InputError(file, "input.tooManyParagraphs", { max: maxBlocks, line: segment.line });
        blocks.push(block);
        continue;
      }
      let tree: Root;
      try {
        // Front matter opens a document: read by the parser, or before it as a segment of its own.
        const piece = source.text.slice(segment.from, segment.to);
        const parse = segment.from === 0 ? parser : options.plain !== false && !GFM_SYNTAX.test(piece) ? commonParser : pieceParser;
        tree = parse.runSync(parse.parse(piece)) as Root;
      } catch (error) {
        if (error instanceof RangeError) throw new InputError(file, "input.tooDeep", { depth: "?", line: nesting.line, max: MAX_NESTING });
        throw error;
      }
      if (segment.from > 0) shiftPositions(tree, segment.from, segment.line - 1);
      visit(tree, "paragraph");
    }
  }
  return { blocks, frontMatter, frontMatterLine, directives };
}

/** Moves every node of a piece's tree to where the piece lies in the file. */
function shiftPositions(tree: Root, offset: number, lines: number): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
    if ("children" in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

function phrasingBlock(node: Parent, kind: BlockKind, file: string, index: number): TextBlock | undefined {
  const builder = blockBuilder(kind);
  const walk = (child: PhrasingContent) => {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (child.type) {
      case "text":
      case "inlineCode":
        builder.decoded(child.value, file.slice(start, end), start);
        return;
      case "html":
        builder.verbatim(child.value, start); // inline HTML is CMS residue to report
        return;
      case "break":
        builder.synthetic("\n", start);
        return;
      case "image":
      case "imageReference":
      case "footnoteReference":
        return;
      default:
        if ("children" in child) for (const c of child.children) walk(c as PhrasingContent);
    }
  };
  for (const child of node.children) walk(child as PhrasingContent);
  return builder.build(index);
}
