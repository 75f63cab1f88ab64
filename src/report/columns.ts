// Text in terminal columns, in any script: how many cells a string takes (Han, kana and Hangul
// take two, combining marks none), words wrapped to a width, and right-to-left text kept in its
// column and read the right way.
import { directionOf } from "../language/scripts.js";

// East Asian wide and full-width characters, and emoji: two cells each.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
// Combining marks, joiners, directional and other invisible format characters: none.
const ZERO = /[\p{Mn}\p{Me}\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[\d;]*m/gu;

/** The terminal cells a string takes, colour codes aside. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text.replace(SGR, "")) width += ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return width;
}

/** Plain text wrapped at spaces to a width in cells; a word wider than that (a sentence of Han or Thai) is cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/gu, " ").trim().split(" ").filter(Boolean)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = "";
    }
    let rest = word;
    while (displayWidth(rest) > width) {
      let cut = "";
      for (const c of rest) {
        if (displayWidth(cut + c) > width) break;
        cut += c;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = line ? `${line} ${rest}` : rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One line of a column, padded to its width. Right-to-left text is aligned to the column's right
 * edge and isolated (RLI … PDI), so that a terminal that reorders bidirectional text reorders it
 * within its column and leaves the other column where it is.
 */
export function columnLine(text: string, width: number, lang: string): string {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  return directionOf(lang) === "rtl" && text !== "" ? `${gap}\u2067${text}\u2069` : text + gap;
}
