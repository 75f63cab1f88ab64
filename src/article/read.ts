import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { InputError } from "../errors.js";
import type { Article, ArticleFormat, Directive, SourceText } from "../types.js";
import { decodeSource } from "./decode.js";
import { isLanguageTag, languageFromFileName } from "./language.js";
import { parseMarkdown } from "./markdown.js";
import { parsePlainText } from "./plain-text.js";

export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
};

export type ReadOptions = Readonly<{ lang?: string }>;

/** Reads, decodes and parses one article file. Throws InputError when it can't be used. */
export async function readArticle(file: string, options: ReadOptions = {}): Promise<Article> {
  return parseArticle(file, decodeSource(await readBytes(file), file), options);
}

// The largest file bitext reads as an article: far past any article, and well within what one
// JavaScript string can hold once decoded.
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/** A file's bytes, or an InputError saying why they can't be read. */
export async function readBytes(file: string, at = file): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(at);
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
  // A device or a pipe (/dev/zero, a FIFO) could be read for ever.
  if (info.isDirectory()) throw new InputError(file, "input.isDirectory");
  if (!info.isFile()) throw new InputError(file, "input.notRegular");
  const size = info.size;
  if (size > MAX_FILE_BYTES) throw new InputError(file, "input.tooLarge", { size: Math.round(size / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 });
  try {
    return await readFile(at);
  } catch (error) {
    throw new InputError(file, ioKey(error));
  }
}

/** Parses decoded text as the article `file` (its extension picks the format). */
export function parseArticle(file: string, source: SourceText, options: ReadOptions = {}): Article {
  const format = ARTICLE_EXTENSIONS[extname(file).toLowerCase()];
  if (!format) throw new InputError(file, "input.unknownFormat", { ext: extname(file) || "—" });
  let frontMatter: Record<string, unknown> = {};
  let blocks;
  let directives: Directive[] = [];
  if (format === "markdown") {
    const parsed = parseMarkdown(source, file);
    blocks = parsed.blocks;
    directives = parsed.directives;
    if (parsed.frontMatter !== undefined) {
      frontMatter = parseFrontMatter(file, parsed.frontMatter, parsed.frontMatterLine);
    }
  } else {
    blocks = parsePlainText(source, file);
  }
  const declared = typeof frontMatter.lang === "string" ? frontMatter.lang : undefined;
  const lang = declared ?? options.lang ?? languageFromFileName(file);
  if (!lang) throw new InputError(file, "input.noLanguage");
  if (!isLanguageTag(lang)) throw new InputError(file, "input.badLanguage", { lang });
  return { file, lang, format, source, blocks, frontMatter, ...(directives.length > 0 ? { directives } : {}) };
}

function parseFrontMatter(file: string, yaml: string, firstLine: number): Record<string, unknown> {
  const lines = new LineCounter();
  // logLevel: a key that is a list would print a Node warning on the editor's terminal.
  const doc = parseDocument(yaml, { lineCounter: lines, logLevel: "error" });
  const error = doc.errors[0];
  if (error) {
    const line = firstLine + lines.linePos(error.pos[0]).line - 1;
    throw new InputError(file, "input.frontMatter", { line, reason: error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "") });
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // yaml refuses aliases that expand without bound ("billion laughs") and merges (<<) of
    // anchors it never met.
    const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    if (/excessive alias/iu.test(reason)) throw new InputError(file, "input.frontMatterAliases", { line: firstLine });
    throw new InputError(file, "input.frontMatter", { line: firstLine, reason });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(file, "input.frontMatterShape", { line: firstLine });
  }
  // A git hash is text, but YAML reads 1234567 as a number and 12e4567 as Infinity: keep it as written.
  const revision = /^source-revision:[ \t]*["']?([^\s"'#]+)/mu.exec(yaml)?.[1];
  return revision === undefined ? value as Record<string, unknown> : { ...value, "source-revision": revision };
}

/** The i18n key for a failed write. */
export function writeKey(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM": return "input.writePermission";
    case "ENOENT":
    case "ENOTDIR": return "input.writeNoFolder";
    case "EISDIR": return "input.isDirectory";
    case "EROFS": return "input.readOnlyFileSystem";
    case "ENOSPC":
    case "EDQUOT": return "input.diskFull";
    default: return "input.unwritable";
  }
}

/** The i18n key for a failed read. */
export function ioKey(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "input.missing";
    case "EACCES":
    case "EPERM": return "input.permission";
    case "EISDIR": return "input.isDirectory";
    case "ELOOP": return "input.symlinkLoop";
    default: return "input.unreadable";
  }
}
