import type { Article, Diagnostic, Directive, Translate } from "../types.js";

/** The rule id under which an unused suppression comment is reported. */
export const UNUSED_SUPPRESSION = "bitext/unused-suppression";

const covers = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

/**
 * Drops the diagnostics that <!-- bitext-disable… --> comments turn off, and reports each such
 * comment that turned nothing off.
 */
export function applySuppressions(article: Article, diagnostics: readonly Diagnostic[], t: Translate): Diagnostic[] {
  const directives = article.directives ?? [];
  if (directives.length === 0) return [...diagnostics];
  const lines = article.source.text.split("\n");
  const used = new Set<Directive>();
  const nextLine = (after: number) => {
    let line = after + 1;
    while (line <= lines.length && lines[line - 1]!.trim() === "") line++;
    return line;
  };
  const suppressedBy = (d: Diagnostic): Directive | undefined => {
    for (const directive of directives) {
      if (!covers(directive, d.ruleId)) continue;
      if (directive.kind === "disable-next-line" && d.line === nextLine(directive.endLine)) return directive;
      if (directive.kind === "disable" && d.line > directive.endLine) {
        const enable = directives.find((e) => e.kind === "enable" && e.line > directive.endLine
          && (e.rules.length === 0 || directive.rules.every((r) => e.rules.includes(r))));
        if (!enable || d.line < enable.line) return directive;
      }
    }
    return undefined;
  };
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const by = suppressedBy(d);
    if (by) used.add(by);
    else kept.push(d);
  }
  const offset = (line: number, column: number) => (article.source.lineStarts[line - 1] ?? 0) + column - 1;
  for (const directive of directives) {
    if (directive.kind === "enable" || used.has(directive)) continue;
    kept.push({
      ruleId: UNUSED_SUPPRESSION, severity: "warning",
      message: t("report.unusedSuppression", { rules: directive.rules.join(", ") || "*" }),
      file: article.file, line: directive.line, column: directive.column, endLine: directive.endLine, endColumn: directive.endColumn,
      excerpt: article.source.text.slice(offset(directive.line, directive.column), offset(directive.endLine, directive.endColumn)),
    });
  }
  return kept;
}
