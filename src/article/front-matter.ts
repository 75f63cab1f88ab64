// Markdown front matter: the YAML between --- lines at an article's top (lang, title, date,
// source-revision). Its errors give the article's line, not the YAML's.
import { LineCounter, parseDocument } from "yaml";
import { InputError } from "../errors.js";

/** The front matter `yaml`, which starts on the article's line `firstLine`, as a mapping. */
export function parseFrontMatter(file: string, yaml: string, firstLine: number): Record<string, unknown> {
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
