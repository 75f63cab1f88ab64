import type { Nodes, Parent, PhrasingContent, Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { BlockKind, Directive, SourceText, TextBlock } from "../types.js";
import { blockBuilder } from "./block-builder.js";

export type ParsedMarkdown = { blocks: TextBlock[]; frontMatter: string | undefined; frontMatterLine: number; directives: Directive[] };

const DIRECTIVE = /^<!--\s*bitext-(disable-next-line|disable|enable)(?:\s+([^]*?))?\s*-->$/u;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

/** Headings, paragraphs, list items, quotes and table cells, each with exact positions. */
export function parseMarkdown(source: SourceText): ParsedMarkdown {
  const tree = parser.parse(source.text) as Root;
  const blocks: TextBlock[] = [];
  const directives: Directive[] = [];
  let frontMatter: string | undefined;
  let frontMatterLine = 1;

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
        if (block) blocks.push(block);
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
          for (const child of (node as Parent).children) visit(child as Nodes, inner);
        }
    }
  };
  visit(tree, "paragraph");
  return { blocks, frontMatter, frontMatterLine, directives };
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
