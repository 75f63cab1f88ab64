// The exact way through a config file: the yaml library, with every node's position, for the
// line of anything wrong (config.ts takes a clean file the quick way, and never loads this).
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { InputError } from "../errors.js";
import type { LineOf } from "./config.js";

/** The file's top value, and where each of its values and keys was written. */
export function readExactly(text: string, file: string): { value: unknown; lineOf: LineOf } {
  const lines = new LineCounter();
  // logLevel: a key that is a mapping would print a Node warning as it is made text.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, logLevel: "error" });
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/u, "");
    throw new InputError(file, "config.syntax", { line: lines.linePos(error.pos[0]).line, reason });
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (failure) {
    // Aliases that expand without bound ("billion laughs").
    throw new InputError(file, "config.syntax", { line: 1, reason: failure instanceof Error ? failure.message.split("\n")[0]! : String(failure) });
  }
  const nodeAt = (path: readonly (string | number)[]): unknown => (path.length === 0 ? doc.contents : doc.getIn(path, true));
  const keyOf = (path: readonly (string | number)[]): unknown => {
    const parent = nodeAt(path.slice(0, -1));
    const name = String(path.at(-1));
    return isMap(parent) ? parent.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === name)?.key : undefined;
  };
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as YamlNode | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  // A key with no value ("sourceLang:") is reported at the key.
  const lineOf: LineOf = (path, key = false) =>
    (key ? lineAt(keyOf(path)) : lineAt(nodeAt(path)) ?? lineAt(keyOf(path))) ?? 1;
  return { value, lineOf };
}
