import { offsetAt } from "../article/position.js";
import { lastAtMost } from "../sorted.js";
import type { Article, Diagnostic, Directive, Translate } from "../types.js";

/** The rule id under which an unused suppression comment is reported. */
export const UNUSED_SUPPRESSION = "bitext/unused-suppression";

/** What an article's <!-- bitext-disable… --> comments turn off, and which of them did. */
export type Suppressions = Readonly<{
  /** True when a comment turns the rule off on that line; the comment then counts as used. */
  suppresses(ruleId: string, line: number): boolean;
  /** A warning for each comment that turned nothing off. */
  unused(t: Translate): Diagnostic[];
}>;

type Span = Readonly<{ from: number; to: number; directive: number }>; // lines [from, to]

/**
 * Lines → the first comment (in the order written) that covers them, as sorted segments: built
 * in O(n log n) for n comments and asked in O(log n), so that a file of many comments and many
 * problems costs no more than its size.
 */
function coverIndex(spans: readonly Span[]): (line: number) => number {
  if (spans.length === 0) return () => -1;
  const points = [...new Set(spans.flatMap((s) => [s.from, s.to + 1]))].sort((a, b) => a - b);
  const segmentOf = (line: number) => lastAtMost(points.length, (i) => points[i]!, line);
  // Paint each segment with the first comment that covers it: comments in order, each skipping
  // the segments already painted.
  const painted = new Int32Array(points.length).fill(-1);
  const next = Int32Array.from({ length: points.length + 1 }, (_, i) => i);
  const find = (i: number): number => {
    while (next[i] !== i) {
      next[i] = next[next[i]!]!;
      i = next[i]!;
    }
    return i;
  };
  for (const span of [...spans].sort((a, b) => a.directive - b.directive)) {
    const last = segmentOf(span.to + 1);
    for (let s = find(segmentOf(span.from)); s < last; s = find(s)) {
      painted[s] = span.directive;
      next[s] = s + 1;
    }
  }
  return (line) => {
    const segment = segmentOf(line);
    return segment === -1 ? -1 : painted[segment]!;
  };
}

export function suppressionsOf(article: Article): Suppressions {
  const directives = article.directives ?? [];
  if (directives.length === 0) return { suppresses: () => false, unused: () => [] };
  const { text, lineStarts } = article.source;
  const blank = (line: number) => {
    const end = line < lineStarts.length ? lineStarts[line]! : text.length;
    return text.slice(lineStarts[line - 1], end).trim() === "";
  };
  const nextLine = (after: number) => {
    let line = after + 1;
    while (line <= lineStarts.length && blank(line)) line++;
    return line;
  };
  const enables = directives.filter((d) => d.kind === "enable");
  // Spans per rule, "" for comments that name no rule.
  const spans = new Map<string, Span[]>();
  directives.forEach((directive, n) => {
    let from;
    let to;
    if (directive.kind === "enable") return;
    if (directive.kind === "disable-next-line") {
      from = to = nextLine(directive.endLine);
    } else {
      // Up to the first enable after it that turns all of its rules back on.
      let enable: Directive | undefined;
      const after = lastAtMost(enables.length, (i) => enables[i]!.line, directive.endLine) + 1;
      for (let k = after; k < enables.length && !enable; k++) {
        const e = enables[k]!;
        if (e.rules.length === 0 || directive.rules.every((r) => e.rules.includes(r))) enable = e;
      }
      from = directive.endLine + 1;
      to = enable ? enable.line - 1 : Number.MAX_SAFE_INTEGER - 1;
    }
    if (from > to) return;
    for (const rule of directive.rules.length === 0 ? [""] : directive.rules) {
      const list = spans.get(rule);
      if (list) list.push({ from, to, directive: n });
      else spans.set(rule, [{ from, to, directive: n }]);
    }
  });
  const indexes = new Map([...spans].map(([rule, list]) => [rule, coverIndex(list)]));
  const everyRule = indexes.get("") ?? (() => -1);
  const used = new Set<Directive>();
  return {
    suppresses(ruleId, line) {
      const own = indexes.get(ruleId)?.(line) ?? -1;
      const any = everyRule(line);
      const first = own === -1 ? any : any === -1 ? own : Math.min(own, any);
      if (first === -1) return false;
      used.add(directives[first]!);
      return true;
    },
    unused(t) {
      return directives.filter((d) => d.kind !== "enable" && !used.has(d)).map((directive) => ({
        ruleId: UNUSED_SUPPRESSION, severity: "warning",
        message: t("report.unusedSuppression", { rules: directive.rules.join(", ") || "*" }),
        file: article.file, line: directive.line, column: directive.column, endLine: directive.endLine, endColumn: directive.endColumn,
        excerpt: text.slice(offsetAt(article.source, directive.line, directive.column), offsetAt(article.source, directive.endLine, directive.endColumn)),
      }));
    },
  };
}
