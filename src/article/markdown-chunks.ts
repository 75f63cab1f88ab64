// Where a Markdown document may be cut into pieces that parse exactly as they do in the whole:
// at a blank line before a line that starts at the margin (which closes every open block but
// code fences and some HTML blocks), after the front matter. The parser keeps every token of
// what it is given until it is done, about a hundred times the text: pieces keep that to the
// piece.

export type Chunk = Readonly<{ from: number; to: number; line: number }>; // line: 1-based, of `from`

/** Pieces of about `size` characters (more when no cut is safe); one piece for small text. */
export function markdownChunks(text: string, size = 16 * 1024): Chunk[] {
  // Reference definitions ([a]: url, [^1]: note) are shared by the whole document.
  if (text.length <= size || /^ {0,3}\[[^\]\n]+\]:/mu.test(text)) return [{ from: 0, to: text.length, line: 1 }];
  const chunks: Chunk[] = [];
  let from = 0;
  let fromLine = 1;
  let previousBlank = false;
  let line = 1;
  let at = 0;
  // Front matter may hold blank lines: the first piece takes all of it.
  if (/^---[ \t]*\r?\n/u.test(text)) {
    const close = /\n---[ \t]*(?:\r?\n|$)/u.exec(text.slice(3));
    // Unclosed, it makes the parser read on in ways a piece would not.
    if (!close) return [{ from: 0, to: text.length, line: 1 }];
    const end = 3 + close.index + close[0].length;
    line += text.slice(0, end).split("\n").length - 1;
    at = end;
  }
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const content = text.slice(at, end);
    const blank = content.trim() === "";
    // Code fences and the HTML blocks that may hold blank lines can stay open to the end of the
    // document, and whether a line opens one depends on what the parser makes of the lines
    // before: from the first such line on, the rest is one piece.
    if (FENCE.test(content) || opensHtmlBlock(content)) break;
    if (previousBlank && !blank && at - from >= size && /^\S/u.test(content)) {
      chunks.push({ from, to: at, line: fromLine });
      from = at;
      fromLine = line;
    }
    previousBlank = blank;
    at = end + 1;
    line++;
  }
  chunks.push({ from, to: text.length, line: fromLine });
  return chunks;
}

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/u;

// CommonMark's HTML blocks that end at a marker rather than at a blank line: how each opens,
// and how it closes.
const HTML_BLOCKS: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^ {0,3}<!--/u, /-->/u],
  [/^ {0,3}<\?/u, /\?>/u],
  [/^ {0,3}<![A-Za-z]/u, />/u],
  [/^ {0,3}<!\[CDATA\[/u, /\]\]>/u],
];

/** True when the line opens one of those blocks and does not also close it. */
function opensHtmlBlock(content: string): boolean {
  for (const [open, close] of HTML_BLOCKS) {
    const m = open.exec(content);
    if (m && !close.test(content.slice(m[0].length))) return true;
  }
  return false;
}
