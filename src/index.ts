// The library's public API.
export type * from "./types.js";
export { InputError, UsageError } from "./errors.js";
import { loadReaders } from "./article/formats.js";

/** Reads, decodes and parses one article file (Markdown, plain text or XLIFF). */
export { readArticle, parseArticle } from "./article/read.js";
/** Wraps already-decoded text as a source file. */
export { sourceFromText } from "./article/decode.js";
/** Loads a glossary file (YAML, JSON, TBX, CSV or TSV), or parses glossary text. */
export { loadGlossary, mergeGlossaries } from "./glossary/load.js";
export { parseGlossary } from "./glossary/parse.js";
/** Every check bitext runs. */
export { checks } from "./checks/index.js";
/** Runs checks over one article, giving diagnostics. */
export { checkArticle } from "./checks/run.js";
/** Loads the language identifiers align/untranslated needs; await it before checkArticle on a translation (checkPaths does). */
export { loadIdentifier } from "./language/identify.js";
/** Checks files and article-set folders and builds the report. */
export { checkPaths } from "./workspace/check.js";
/** Report formats by name. */
export { reporters } from "./report/index.js";
export { joined } from "./report/json-stream.js";
/** A translator for one of the message locales. */
export { createTranslator, LOCALES } from "./i18n/index.js";

// The library parses every format synchronously (parseArticle): its readers load with it. The
// command line loads only those of the files it meets.
await loadReaders();
