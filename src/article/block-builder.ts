import type { BlockKind, OffsetRun, TextBlock } from "../types.js";

// Paragraphs (headings, list items, cells) bitext reads in one article: a hundred times the
// longest news article, and few enough that every later step stays within memory. Each costs
// about a kilobyte by the time the article is aligned and checked.
export const MAX_BLOCKS = 250_000;

// An entity such as &amp; or &#8220; that Markdown decoded into one character.
const ENTITY = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** Collects a block's text piece by piece, remembering where each piece came from. */
export function blockBuilder(kind: BlockKind) {
  let text = "";
  // Grown in place while the block is built; read-only once built.
  const runs: { -readonly [K in keyof OffsetRun]: OffsetRun[K] }[] = [];

  const push = (length: number, offset: number, sourceLength: number) => {
    const last = runs.at(-1);
    const exact = length === sourceLength;
    if (last && exact && last.length === last.sourceLength
      && last.at + last.length === text.length && last.offset + last.sourceLength === offset) {
      last.length += length;
      last.sourceLength += length;
    } else {
      runs.push({ at: text.length, length, offset, sourceLength });
    }
  };

  return {
    /** Text copied from the file as it is. */
    verbatim(value: string, offset: number) {
      if (value === "") return;
      push(value.length, offset, value.length);
      text += value;
    },
    /**
     * Text that a parser produced from `raw` (at `offset` in the file): escapes and entities
     * decoded, syntax such as backticks dropped. Walks both to keep every character's place.
     */
    decoded(value: string, raw: string, offset: number) {
      let i = 0;
      let j = 0;
      while (i < value.length) {
        const entity = raw[j] === "&" ? ENTITY.exec(raw.slice(j, j + 40)) : null;
        if (entity) {
          const width = value.codePointAt(i)! > 0xffff ? 2 : 1;
          push(width, offset + j, entity[0].length);
          text += value.slice(i, i + width);
          i += width;
          j += entity[0].length;
        } else if (value[i] === raw[j]) {
          // The common case: a stretch copied as it is, up to the next entity or escape.
          let k = 1;
          while (i + k < value.length && value[i + k] === raw[j + k] && raw[j + k] !== "&" && raw[j + k] !== "\\") k++;
          push(k, offset + j, k);
          text += value.slice(i, i + k);
          i += k;
          j += k;
        } else if (raw[j] === "\\" && raw[j + 1] === value[i]) {
          push(1, offset + j, 2);
          text += value[i];
          i++;
          j += 2;
        } else if (j < raw.length) {
          j++; // syntax the parser dropped
        } else {
          push(value.length - i, offset + j, 0);
          text += value.slice(i);
          break;
        }
      }
    },
    /** Text with no counterpart in the file (a line break between pieces). */
    synthetic(value: string, offset: number) {
      if (value === "") return;
      push(value.length, offset, 0);
      text += value;
    },
    get length() {
      return text.length;
    },
    build(index: number): TextBlock | undefined {
      if (text.trim() === "") return undefined;
      return { index, kind, text, runs };
    },
  };
}
