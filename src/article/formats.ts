// The formats bitext reads, one reader each behind one interface: the file's extension picks the
// reader, and the reader makes the Article the rest of the pipeline takes. Nothing downstream asks
// which format a file was: what differs (the largest file read, whether a file names its own
// languages, how a fix is written back) is asked of the reader. A new format is a reader here.
import { extname } from "node:path";
import { InputError } from "../errors.js";
import type { Article, ArticleFormat, Directive, SourceText } from "../types.js";
import { isLanguageTag, languageFromFileName } from "./language.js";
import { parsePlainText } from "./plain-text.js";

export type ReadOptions = Readonly<{
  /** The language of a file whose name and front matter give none. */
  lang?: string;
  /** XLIFF: report untranslated units instead of skipping them. */
  xliffUntranslated?: boolean;
}>;

export type Parse = (file: string, source: SourceText, options: ReadOptions) => Article;

export type Reader = Readonly<{
  format: ArticleFormat;
  extensions: readonly string[];
  /** The largest file read, where it is below what every article may be, and the error's key. */
  limit?: Readonly<{ bytes: number; message: string }>;
  /** The file itself names its languages (XLIFF's srcLang/trgLang): its name need not. */
  namesItsLanguages: boolean;
  /** The file holds a translation and its source, paired segment by segment (XLIFF). */
  bilingual: boolean;
  /**
   * The parser, loaded when a run first meets the format: remark, saxes and yaml take longer to
   * load than a small article takes to check, and a run of plain text needs none of them.
   */
  load(): Promise<Parse>;
  /** Text as it is written into the file: a fix's replacement, escaped as the format needs. */
  encode(text: string): string;
}>;

const asIs = (text: string) => text;

/** Markdown, with its front matter and bitext directives. */
const markdown: Reader = {
  format: "markdown",
  extensions: [".md", ".markdown"],
  namesItsLanguages: false,
  bilingual: false,
  async load() {
    const [{ parseMarkdown }, { parseFrontMatter }] = await Promise.all([import("./markdown.js"), import("./front-matter.js")]);
    return (file, source, options) => {
      const parsed = parseMarkdown(source, file);
      const frontMatter = parsed.frontMatter === undefined ? {} : parseFrontMatter(file, parsed.frontMatter, parsed.frontMatterLine);
      return article(file, "markdown", source, parsed.blocks, frontMatter, parsed.directives, options);
    };
  },
  encode: asIs,
};

/** Plain text: a paragraph per run of lines between blank lines. */
const text: Reader = {
  format: "text",
  extensions: [".txt"],
  namesItsLanguages: false,
  bilingual: false,
  load: async () => (file, source, options) => article(file, "text", source, parsePlainText(source, file), {}, [], options),
  encode: asIs,
};

/** XLIFF files bitext reads: a project of several books, and no hostile file's hundreds of MB. */
export const MAX_XLIFF_BYTES = 32 * 1024 * 1024;

/** XLIFF 1.2, 2.0 and 2.1: source–target pairs already aligned, from a CAT tool. */
const xliff: Reader = {
  format: "xliff",
  extensions: [".xlf", ".xliff"],
  limit: { bytes: MAX_XLIFF_BYTES, message: "input.xliffTooLarge" },
  namesItsLanguages: true,
  bilingual: true,
  async load() {
    const { parseXliff } = await import("./xliff.js");
    return (file, source, options) => parseXliff(file, source, { untranslated: options.xliffUntranslated === true });
  },
  encode: (value) => value.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;"),
};

export const READERS: readonly Reader[] = [markdown, text, xliff];

/** The reader of `file`, by its extension; undefined when bitext reads no such file. */
export function readerFor(file: string): Reader | undefined {
  const ext = extname(file).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext));
}

const parsers = new Map<ArticleFormat, Parse>();

/** Loads the readers of `files` (by default, every reader), so that parserOf() has them. */
export async function loadReaders(files?: Iterable<string>): Promise<void> {
  const wanted = files === undefined ? READERS : new Set([...files].map(readerFor).filter((r) => r !== undefined));
  for (const reader of wanted) if (!parsers.has(reader.format)) parsers.set(reader.format, await reader.load());
}

/** A reader's parser, once loadReaders() has loaded it. */
export function parserOf(reader: Reader): Parse {
  const parse = parsers.get(reader.format);
  if (!parse) throw new Error(`bitext: the ${reader.format} reader is used before loadReaders() loaded it`);
  return parse;
}

/** The reader that made an article. */
export function readerOf(article: Pick<Article, "format">): Reader {
  return READERS.find((r) => r.format === article.format)!;
}

function article(file: string, format: ArticleFormat, source: SourceText, blocks: Article["blocks"], frontMatter: Record<string, unknown>,
  directives: readonly Directive[], options: ReadOptions): Article {
  const declared = typeof frontMatter.lang === "string" ? frontMatter.lang : undefined;
  const lang = declared ?? options.lang ?? languageFromFileName(file);
  if (!lang) throw new InputError(file, "input.noLanguage");
  if (!isLanguageTag(lang)) throw new InputError(file, "input.badLanguage", { lang });
  return { file, lang, format, source, blocks, frontMatter, ...(directives.length > 0 ? { directives } : {}) };
}
