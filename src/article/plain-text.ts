import { InputError } from "../errors.js";
import type { SourceText, TextBlock } from "../types.js";
import { MAX_BLOCKS } from "./block-builder.js";

/**
 * One paragraph per non-empty line, as CMS exports write them. A line is copied as it is, so its
 * block is made directly: one run, the line's own offset (what blockBuilder would make of it,
 * without a builder and its closures for each of an archive's lines).
 */
export function parsePlainText(source: SourceText, file = ""): TextBlock[] {
  const blocks: TextBlock[] = [];
  const { text, lineStarts } = source;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    if (text[end - 1] === "\r") end--;
    const line = text.slice(start, end);
    if (line.trim() === "") continue;
    if (blocks.length === MAX_BLOCKS) throw new InputError(file, "input.tooManyParagraphs", { max: MAX_BLOCKS, line: i + 1 });
    blocks.push({ index: blocks.length, kind: "paragraph", text: line, runs: [{ at: 0, length: line.length, offset: start, sourceLength: line.length }] });
  }
  return blocks;
}
