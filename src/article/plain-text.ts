import { InputError } from "../errors.js";
import type { SourceText, TextBlock } from "../types.js";
import { blockBuilder, MAX_BLOCKS } from "./block-builder.js";

/** One paragraph per non-empty line, as CMS exports write them. */
export function parsePlainText(source: SourceText, file = ""): TextBlock[] {
  const blocks: TextBlock[] = [];
  const { text, lineStarts } = source;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    if (text[end - 1] === "\r") end--;
    const builder = blockBuilder("paragraph");
    builder.verbatim(text.slice(start, end), start);
    const block = builder.build(blocks.length);
    if (!block) continue;
    if (blocks.length === MAX_BLOCKS) throw new InputError(file, "input.tooManyParagraphs", { max: MAX_BLOCKS, line: i + 1 });
    blocks.push(block);
  }
  return blocks;
}
