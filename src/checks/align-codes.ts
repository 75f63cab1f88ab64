import type { InlineCode, TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

// The classic tag check of every CAT tool's QA: the inline codes of a segment's source (XLIFF's
// <g>, <x/>, <bx/>, <ex/>, <ph>, <pc>, <sc/>, <ec/> …) each once in its target, paired as they
// were. A translation may move them: the order of words changes between languages.
const keyOf = (code: InlineCode) => `${code.kind} ${code.key}`;

function byKey(codes: readonly InlineCode[]): Map<string, InlineCode[]> {
  const map = new Map<string, InlineCode[]>();
  for (const code of codes) map.set(keyOf(code), [...(map.get(keyOf(code)) ?? []), code]);
  return map;
}

/** Codes of the target that open without closing, or close without opening. */
function unpaired(codes: readonly InlineCode[]): InlineCode[] {
  const open = new Map<string, InlineCode[]>();
  const lonely: InlineCode[] = [];
  for (const code of codes) {
    if (code.kind === "open") open.set(code.key, [...(open.get(code.key) ?? []), code]);
    else if (code.kind === "close") {
      const waiting = open.get(code.key);
      if (waiting?.length) waiting.pop();
      else lonely.push(code);
    }
  }
  return [...lonely, ...[...open.values()].flat()].sort((a, b) => a.at - b.at);
}

export const alignCodes = defineCheck({
  id: "align/codes",
  severity: "error",
  needsSource: true,
  messages: ["missing", "extra", "duplicated", "unpaired"],
  docs: {
    summary: "An inline code of an XLIFF segment's source missing, duplicated or unpaired in its target, or a code the source lacks.",
    format: "xliff",
    source: "Press <pc id=\"1\">Save</pc> to keep your changes.<ph id=\"2\"/>",
    sourceLang: "en",
    lang: "es",
    bad: "Pulse Guardar para conservar los cambios.<ph id=\"2\"/><ph id=\"2\"/>",
    good: "Para conservar los cambios, pulse <pc id=\"1\">Guardar</pc>.<ph id=\"2\"/>",
  },
  *run({ source }) {
    if (!source) return;
    for (const link of source.links) {
      const [from] = link.source;
      const [to] = link.target;
      if (link.source.length !== 1 || link.target.length !== 1 || (!from!.codes && !to!.codes)) continue;
      const wanted = byKey(from!.codes ?? []);
      const found = byKey(to!.codes ?? []);
      const at = (block: TextBlock, code: InlineCode) => ({ block, start: code.at, end: code.at });
      for (const [key, codes] of found) {
        const expected = wanted.get(key)?.length ?? 0;
        for (const code of codes.slice(expected)) {
          yield { ...at(to!, code), message: expected === 0 ? "extra" as const : "duplicated" as const, values: { code: code.raw }, related: link.source };
        }
      }
      for (const [key, codes] of wanted) {
        for (const code of codes.slice(found.get(key)?.length ?? 0)) {
          yield { block: to!, start: 0, end: to!.text.length, message: "missing" as const, values: { code: code.raw }, related: link.source };
        }
      }
      for (const code of unpaired(to!.codes ?? [])) {
        if (!unpaired(from!.codes ?? []).some((c) => keyOf(c) === keyOf(code))) yield { ...at(to!, code), message: "unpaired" as const, values: { code: code.raw }, related: link.source };
      }
    }
  },
});
