// Where a Markdown document may be cut into pieces that parse exactly as they do in the whole:
// at a blank line before a line that starts at the margin (which closes every open block but
// code fences and some HTML blocks), after the front matter. The parser keeps every token of
// what it is given until it is done, about a hundred times the text: pieces keep that to the
// piece.

export type Chunk = Readonly<{ from: number; to: number; line: number }>; // line: 1-based, of `from`

// Reference definitions ([a]: url, [^1]: note) are shared by the whole document.
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:/mu;

/**
 * The front matter opening the text: where its closing fence starts (`close`, the line end
 * before it) and where its line ends (`end`); undefined when there is none, null when it is
 * never closed (the parser then reads on in ways a piece would not).
 */
function frontMatter(text: string): { close: number; end: number } | null | undefined {
  if (!/^---[ \t]*\r?\n/u.test(text)) return undefined;
  const close = /\n---[ \t]*(?:\r?\n|$)/u.exec(text.slice(3));
  return close ? { close: 3 + close.index, end: 3 + close.index + close[0].length } : null;
}

/** Pieces of about `size` characters (more when no cut is safe); one piece for small text. */
export function markdownChunks(text: string, size = 16 * 1024): Chunk[] {
  if (text.length <= size || REFERENCE_DEFINITION.test(text)) return [{ from: 0, to: text.length, line: 1 }];
  const chunks: Chunk[] = [];
  let from = 0;
  let fromLine = 1;
  let previousBlank = false;
  let line = 1;
  let at = 0;
  // Front matter may hold blank lines: the first piece takes all of it.
  const front = frontMatter(text);
  if (front === null) return [{ from: 0, to: text.length, line: 1 }];
  if (front) {
    line += text.slice(0, front.end).split("\n").length - 1;
    at = front.end;
  }
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const content = text.slice(at, end);
    const blank = isBlank(content);
    // Code fences and the HTML blocks that may hold blank lines can stay open to the end of the
    // document, and whether a line opens one depends on what the parser makes of the lines
    // before: from the first such line on, the rest is one piece.
    if (FENCE.test(content) || opensHtmlBlock(content)) break;
    // Nor before an ordered list: after indented code, micromark reads "3) three" as a paragraph,
    // which it would not in a piece of its own.
    if (previousBlank && !blank && at - from >= size && /^\S/u.test(content) && !/^\d{1,9}[.)]/u.test(content)) {
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

// A blank line holds spaces and tabs at most (a no-break space is text).
const isBlank = (line: string) => /^[ \t]*\r?$/u.test(line);

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

/**
 * A piece of a chunk: Markdown to parse, or what needs no parser: the front matter, a paragraph
 * with no Markdown in it, or none but simple emphasis and links (its text in `pieces`, file
 * offsets), a heading of plain text ("## Title"), whose text starts at `text`.
 */
export type Segment = Readonly<{
  kind: "markdown" | "frontMatter" | "paragraph" | "heading"; from: number; to: number; line: number; text?: number;
  pieces?: readonly (readonly [number, number])[];
}>;

// A line that is plain prose to any Markdown parser: it starts at the margin with no block
// marker (# > - + * = | < ` ~, "1." or "1)"), ends with no space (a hard break) and holds no
// inline syntax: escapes, code, emphasis, links and images, HTML and autolinks, entities,
// strike-through, table pipes, GFM's bare links and e-mail addresses, tabs and control
// characters. Its text is its source, character for character.
const PLAIN_LINE = /^(?![ \t]|[-+*=#>|<`~]|\d{1,9}[.)](?:[ \t]|$))[^\\`*_[\]<>&~|@\u0000-\u0009\u000B-\u001F\r]*(?<![ \t])$/u;
const BARE_LINK = /www\.|https?:\/\/|mailto:|xmpp:/iu;
// A line of plain prose but for the simplest emphasis and links, which a news article is full
// of: **word**, *word*, __word__ or _word_ (letters and digits alone inside), and [some
// words](https://address) (letters, digits and single spaces; an address with none of < > ( ) &
// \ or spaces), each after the line's start or a space and before its end, a space or . , ; : ! ?
// There CommonMark's rules have one reading: the marks open and close, and the text is the words.
const LINE_START = /^(?![ \t]|[-+=#>|<`~]|\d{1,9}[.)](?:[ \t]|$))/u;
const PLAIN_RUN = /[^\\`*_[\]<>&~|@\u0000-\u0009\u000B-\u001F\r]+/uy;
const EMPHASIS = /(\*\*|__|\*|_)([\p{L}\p{N}]+)\1(?=$|[ \t.,;:!?])/uy;
const LINK = /\[([\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)\]\([A-Za-z0-9/:._%?#=+-]+\)(?=$|[ \t.,;:!?])/uy;

/** The text of a line of plain prose and simple emphasis and links, as offsets in the line; undefined for any other line. */
export function simpleInline(line: string): [number, number][] | undefined {
  if (!LINE_START.test(line) || /[ \t]$/u.test(line)) return undefined;
  const pieces: [number, number][] = [];
  for (let at = 0; at < line.length;) {
    PLAIN_RUN.lastIndex = at;
    const run = PLAIN_RUN.exec(line);
    if (run) {
      // GFM makes a link of a bare address in the text (not of a link's own).
      if (BARE_LINK.test(run[0])) return undefined;
      pieces.push([at, at + run[0].length]);
      at += run[0].length;
      continue;
    }
    if (at > 0 && line[at - 1] !== " " && line[at - 1] !== "\t") return undefined;
    EMPHASIS.lastIndex = at;
    const emphasis = EMPHASIS.exec(line);
    if (emphasis) {
      const mark = emphasis[1]!.length;
      pieces.push([at + mark, at + mark + emphasis[2]!.length]);
      at += emphasis[0].length;
      continue;
    }
    LINK.lastIndex = at;
    const link = LINK.exec(line);
    if (!link) return undefined;
    pieces.push([at + 1, at + 1 + link[1]!.length]);
    at += link[0].length;
  }
  return pieces;
}

// An ATX heading of plain text: one space after the marks, and no closing marks.
const PLAIN_HEADING = /^(#{1,6} )(?![ \t])[^\\`*_[\]<>&~|@\u0000-\u0009\u000B-\u001F\r]*(?<![ \t#])$/u;

/**
 * A chunk (see markdownChunks) cut into paragraphs that need no parser and the Markdown between
 * them. A paragraph of plain lines (PLAIN_LINE) after a blank line at the margin closes every
 * open block, as the blank line after it ends it, so the Markdown on either side parses apart
 * as it does in the whole; the front matter, and everything from a code fence or an HTML block
 * that may hold blank lines on, stays Markdown, and so does a document with reference
 * definitions, which links anywhere in it share.
 */
export function plainSegments(text: string, chunk: Chunk): Segment[] {
  const whole: Segment[] = [{ kind: "markdown", from: chunk.from, to: chunk.to, line: chunk.line }];
  if (REFERENCE_DEFINITION.test(text)) return whole;
  const segments: Segment[] = [];
  let from = chunk.from;
  let fromLine = chunk.line;
  let at = chunk.from;
  let line = chunk.line;
  const front = at === 0 ? frontMatter(text) : undefined;
  if (front === null) return whole;
  if (front) {
    const { close, end } = front;
    // Its value is the lines between the fences (as remark-frontmatter gives it), when no CR
    // makes the line ends a question.
    if (!text.slice(0, end).includes("\r")) {
      segments.push({ kind: "frontMatter", from: 0, to: close, line: 1 });
      from = end;
      fromLine = line + text.slice(0, end).split("\n").length - 1;
    }
    line += text.slice(0, end).split("\n").length - 1;
    at = end;
  }
  // A chunk starts, and the front matter ends, where every block is closed.
  let previousBlank = true;
  const lineEnd = (start: number) => {
    const eol = text.indexOf("\n", start);
    return eol === -1 || eol > chunk.to ? chunk.to : eol;
  };
  const blankAt = (start: number) => start === chunk.to || isBlank(text.slice(start, lineEnd(start)));
  const markdownUpTo = (to: number) => {
    if (text.slice(from, to).trim() !== "") segments.push({ kind: "markdown", from, to, line: fromLine });
  };
  while (at < chunk.to) {
    if (previousBlank) {
      // A plain heading alone on its line, then a blank line.
      const first = lineEnd(at);
      const heading = PLAIN_HEADING.exec(text.slice(at, first));
      if (heading && !BARE_LINK.test(heading[0]) && blankAt(first === chunk.to ? first : first + 1)) {
        markdownUpTo(at);
        segments.push({ kind: "heading", from: at, to: first, line, text: at + heading[1]!.length });
        line++;
        at = from = first === chunk.to ? first : first + 1;
        fromLine = line;
        previousBlank = false;
        continue;
      }
      // A run of plain lines, up to a blank line or the chunk's end; and the text of those with
      // simple emphasis or links.
      let end = at;
      let lines = 0;
      let pieces: [number, number][] | undefined;
      for (let stop = lineEnd(end); end < chunk.to; stop = lineEnd(end)) {
        const content = text.slice(end, stop);
        if (content === "") break;
        const plain = PLAIN_LINE.test(content) && !BARE_LINK.test(content);
        const inline = plain ? undefined : simpleInline(content);
        if (!plain && !inline) break;
        // The line end before this line is text: in the first piece, or a piece of its own.
        if (pieces && lines > 0) pieces.push([end - 1, end]);
        if (inline) pieces ??= lines === 0 ? [] : [[at, end]];
        if (pieces) for (const [a, b] of inline ?? [[0, content.length]]) pieces.push([end + a, end + b]);
        lines++;
        end = stop === chunk.to ? stop : stop + 1;
      }
      if (lines > 0 && blankAt(end)) {
        markdownUpTo(at);
        const to = text[end - 1] === "\n" ? end - 1 : end;
        segments.push({ kind: "paragraph", from: at, to, line, ...(pieces ? { pieces } : {}) });
        line += lines;
        at = from = end;
        fromLine = line;
        previousBlank = false;
        continue;
      }
    }
    // A line of Markdown; from a code fence or an HTML block on, the rest is Markdown.
    const stop = lineEnd(at);
    const content = text.slice(at, stop);
    if (FENCE.test(content) || opensHtmlBlock(content)) break;
    previousBlank = isBlank(content);
    at = stop === chunk.to ? stop : stop + 1;
    line++;
  }
  markdownUpTo(chunk.to);
  return segments;
}
