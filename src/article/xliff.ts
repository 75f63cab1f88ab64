// XLIFF 1.2 and 2.0/2.1, as CAT tools (Trados, memoQ, Phrase, Weblate, OmegaT) export them: a
// translation already aligned, unit by unit. The reader gives the same Article the other formats
// give, its blocks the target segments, every character mapped to its place inside the .xlf, so
// that a diagnostic lands on the <target> that holds it; the source segments come with it as the
// article's source, paired one to one. Inline codes (<g>, <x/>, <bx/>, <ex/>, <ph>, <pc>, <sc/>,
// <ec/> …) are not text: their places are kept for align/codes. No DTD is read, so no entity can
// expand or reach outside the file.
import { SaxesParser, type SaxesTag } from "saxes";
import { InputError } from "../errors.js";
import type { Article, InlineCode, SourceText, TextBlock } from "../types.js";
import { blockBuilder } from "./block-builder.js";
import { isLanguageTag } from "./language.js";
import { xmlErrorReason } from "./xml-error.js";

/** Element nesting deeper than any XLIFF needs: a hostile file, refused before it costs. */
export const MAX_XLIFF_DEPTH = 100;

export type XliffOptions = Readonly<{
  /** Report units left untranslated (empty targets, state new or initial) instead of skipping them. */
  untranslated?: boolean;
}>;

type Builder = ReturnType<typeof blockBuilder>;
// Where a code's content is native markup rather than text (1.2: <ph>, <bpt>, <ept>, <it>).
const CODE_CONTENT = new Set(["ph", "bpt", "ept", "it", "sub"]);
const local = (name: string) => name.slice(name.indexOf(":") + 1);

type Side = { builder: Builder; codes: InlineCode[]; start: number; empty: boolean };
type Segment = {
  unit: string;
  source?: Side;
  target?: Side;
  state?: string;
  targetAt?: number; // where the <target> (or, without one, the </source>) is, for an untranslated unit
  translate: boolean;
};

/** Reads an XLIFF file: the target article, with its source article paired segment by segment. */
export function parseXliff(file: string, source: SourceText, options: XliffOptions = {}): Article {
  const text = source.text;
  const parser = new SaxesParser({ position: true });
  let version = "";
  let sourceLang: string | undefined;
  let targetLang: string | undefined;
  let rootSeen = false;
  const stack: { name: string; translate: boolean }[] = [];
  const segments: Segment[] = [];
  let unitId = "";
  let segment: Segment | undefined;
  let side: Side | undefined;
  let codeDepth = 0; // inside a code whose content is markup
  let cursor = 0; // where the last piece of markup ended
  let failure: InputError | undefined;
  const lineOf = (offset: number) => {
    let line = 1;
    for (let i = source.lineStarts.length - 1; i >= 0; i--) {
      if (source.lineStarts[i]! <= offset) {
        line = i + 1;
        break;
      }
    }
    return line;
  };
  const fail = (key: string, values: Record<string, unknown> = {}) => {
    failure ??= new InputError(file, key, { line: lineOf(Math.max(0, Math.min(parser.position, text.length) - 1)), ...values });
  };
  const translatable = () => stack.every((e) => e.translate);
  const newSide = (): Side => ({ builder: blockBuilder("paragraph"), codes: [], start: parser.position, empty: true });
  const code = (tag: SaxesTag, kind: InlineCode["kind"], key: string) => {
    if (!side) return;
    const raw = text.slice(tagStart, parser.position);
    side.codes.push({ key, kind, at: side.builder.length, raw: kind === "close" && !raw.startsWith("<") ? `</${tag.name}>` : raw, offset: tagStart });
    side.empty = false;
  };
  let tagStart = 0;

  // saxes reports a DOCTYPE where it ends; the error names the line where it starts.
  parser.on("doctype", () => fail("xliff.doctype", { line: lineOf(Math.max(0, text.lastIndexOf("<!DOCTYPE", parser.position))) }));
  parser.on("error", (error) => fail("xliff.syntax", { reason: xmlErrorReason(error, text, parser.position) }));
  parser.on("opentagstart", () => {
    tagStart = text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    const attr = (n: string) => tag.attributes[n] as string | undefined;
    if (!rootSeen) {
      rootSeen = true;
      if (name !== "xliff") fail("xliff.notXliff", { root: tag.name });
      version = attr("version") ?? "";
      if (!/^(1\.2|2\.[01])$/u.test(version)) fail("xliff.version", { version: version || "—" });
      sourceLang = attr("srcLang");
      targetLang = attr("trgLang");
    }
    if (stack.length >= MAX_XLIFF_DEPTH) fail("xliff.tooDeep", { max: MAX_XLIFF_DEPTH });
    stack.push({ name, translate: attr("translate") !== "no" });
    if (name === "file") {
      sourceLang ??= attr("source-language");
      targetLang ??= attr("target-language");
    } else if (name === "trans-unit" || name === "unit") {
      unitId = attr("id") ?? String(segments.length + 1);
      if (name === "trans-unit") segment = { unit: unitId, translate: translatable() };
    } else if (name === "segment") {
      segment = { unit: attr("id") ? `${unitId}/${attr("id")!}` : unitId, translate: translatable(), ...(attr("state") ? { state: attr("state")! } : {}) };
    } else if (segment && (name === "source" || name === "target") && stack.at(-2)?.name !== "alt-trans" && !side) {
      side = newSide();
      side.start = parser.position;
      if (name === "target") {
        segment.targetAt = tagStart;
        if (attr("state")) segment.state = attr("state");
        segment.target = side;
      } else {
        segment.source = side;
      }
    } else if (side) {
      if (codeDepth > 0 || CODE_CONTENT.has(name) && !tag.isSelfClosing) {
        if (codeDepth === 0) code(tag, name === "bpt" || attr("pos") === "open" ? "open" : name === "ept" || attr("pos") === "close" ? "close" : "standalone",
          name === "bpt" || name === "ept" ? `b:${attr("rid") ?? attr("id")}` : `${name}:${attr("id") ?? ""}`);
        codeDepth++;
      } else if (name === "g" || name === "pc") {
        code(tag, "open", `${name}:${attr("id") ?? ""}`);
      } else if (name === "x" || name === "ph") {
        code(tag, "standalone", `${name}:${attr("id") ?? ""}`);
      } else if (name === "bx" || name === "sc") {
        code(tag, "open", `${name === "bx" ? "b" : "sc"}:${attr("rid") ?? attr("id") ?? ""}`);
      } else if (name === "ex" || name === "ec") {
        code(tag, "close", `${name === "ex" ? "b" : "sc"}:${attr("rid") ?? attr("startRef") ?? attr("id") ?? ""}`);
      }
      // <mrk>, <sm/>, <em/> annotate the text; they are neither text nor codes.
    }
    cursor = parser.position;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    const start = text.lastIndexOf("</", parser.position - 1);
    tagStart = tag.isSelfClosing ? tagStart : start >= cursor ? start : tagStart;
    stack.pop();
    if (side) {
      if (codeDepth > 0) {
        codeDepth--;
      } else if ((name === "g" || name === "pc") && !tag.isSelfClosing) {
        const key = `${name}:${(tag.attributes.id as string | undefined) ?? ""}`;
        side.codes.push({ key, kind: "close", at: side.builder.length, raw: text.slice(tagStart, parser.position), offset: tagStart });
      } else if (name === "source" || name === "target") {
        if (segment && name === "source") segment.targetAt ??= tagStart;
        side = undefined;
      }
    }
    if (name === "trans-unit" || name === "segment") {
      if (segment) segments.push(segment);
      segment = undefined;
    }
    cursor = parser.position;
  });
  const addText = (value: string, raw: string, offset: number) => {
    if (!side || codeDepth > 0 || value === "") return;
    side.builder.decoded(value, raw, offset);
    if (value.trim() !== "") side.empty = false;
  };
  parser.on("text", (value) => {
    const end = text.indexOf("<", cursor);
    const stop = end === -1 ? text.length : end;
    addText(value, text.slice(cursor, stop), cursor);
    cursor = stop;
  });
  parser.on("cdata", (value) => {
    const start = text.indexOf("<![CDATA[", cursor);
    if (side && codeDepth === 0 && value !== "") {
      side.builder.verbatim(value, start + 9);
      if (value.trim() !== "") side.empty = false;
    }
    cursor = parser.position;
  });
  for (const event of ["comment", "processinginstruction"] as const) {
    parser.on(event, () => {
      cursor = parser.position;
    });
  }
  try {
    parser.write(text).close();
  } catch {
    fail("xliff.syntax", { reason: "malformed XML" });
  }
  if (failure) throw failure;
  if (!rootSeen) throw new InputError(file, "xliff.notXliff", { root: "—" });
  if (!targetLang) throw new InputError(file, "xliff.noLanguage");
  for (const lang of [sourceLang, targetLang]) {
    if (lang !== undefined && !isLanguageTag(lang)) throw new InputError(file, "input.badLanguage", { lang });
  }

  // A code before a segment's first text is found by a point run where the segment starts.
  const anchored = (block: TextBlock | undefined, side: Side, index: number): TextBlock => {
    const empty: TextBlock = { index, kind: "paragraph", text: "", runs: [{ at: 0, length: 0, offset: side.start, sourceLength: 0 }] };
    if (!block) return empty;
    return block.runs[0]!.offset > side.start ? { ...block, runs: [empty.runs[0]!, ...block.runs] } : block;
  };
  const sourceBlocks: TextBlock[] = [];
  const targetBlocks: TextBlock[] = [];
  for (const s of segments) {
    if (!s.translate || !s.source) continue;
    const untranslated = !s.target || s.target.empty || s.state === "new" || s.state === "initial" || s.state === "needs-translation";
    if (untranslated && !options.untranslated) continue;
    const index = sourceBlocks.length;
    const sourceBlock: TextBlock = { ...anchored(s.source.builder.build(index), s.source, index), unit: s.unit,
      ...(s.source.codes.length > 0 ? { codes: s.source.codes } : {}) };
    let targetBlock: TextBlock;
    if (untranslated) {
      const at = s.targetAt ?? s.source.start;
      targetBlock = { index, kind: "paragraph", text: "", runs: [{ at: 0, length: 0, offset: at, sourceLength: 0 }], unit: s.unit, untranslated: true };
    } else {
      const target = s.target!;
      targetBlock = { ...anchored(target.builder.build(index), target, index), unit: s.unit,
        ...(target.codes.length > 0 ? { codes: target.codes } : {}) };
    }
    sourceBlocks.push(sourceBlock);
    targetBlocks.push(targetBlock);
  }
  const sourceArticle: Article = { file, lang: sourceLang ?? "und", format: "xliff", source, blocks: sourceBlocks, frontMatter: {} };
  return { file, lang: targetLang, format: "xliff", source, blocks: targetBlocks, frontMatter: {}, bilingual: sourceArticle };
}
