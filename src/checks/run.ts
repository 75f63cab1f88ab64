import { primaryLanguage } from "../article/language.js";
import { blockStart, byteOffsetAt, fileSpan, positionAt } from "../article/position.js";
import { applySuppressions } from "./suppress.js";
import type {
  Alignment, Article, Check, CheckContext, Diagnostic, Finding, Glossary, RuleSetting, TextBlock, Translate,
} from "../types.js";

export type RunOptions = Readonly<{
  glossary: Glossary;
  t: Translate;
  /** Per-rule severity or "off"; rules not named keep their own severity. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The article's alignment with its source, for checks that compare the two. */
  alignment?: Alignment;
  /** Source blocks changed since the translation's source-revision (old text; "" if new). */
  stale?: ReadonlyMap<TextBlock, string>;
  revision?: string;
}>;

const NO_SOURCE = (): readonly TextBlock[] => [];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** True when a check applies to a language tag. */
export function appliesTo(check: Check, tag: string): boolean {
  return !check.languages || check.languages.includes(primaryLanguage(tag));
}

/** Runs checks over one article and turns their findings into sorted diagnostics. */
export function checkArticle(article: Article, checks: readonly Check[], options: RunOptions): Diagnostic[] {
  const alignment = options.alignment;
  const sourceOf = alignment ? sourceIndex(alignment) : NO_SOURCE;
  const context: CheckContext = Object.freeze({
    lang: primaryLanguage(article.lang),
    tag: article.lang,
    blocks: article.blocks,
    glossary: options.glossary,
    sourceOf,
    ...(alignment ? {
      source: Object.freeze({
        lang: primaryLanguage(alignment.source.lang), tag: alignment.source.lang,
        blocks: alignment.source.blocks, links: alignment.links, ratio: alignment.ratio,
        ...(options.stale ? { stale: options.stale, revision: options.revision } : {}),
      }),
    } : {}),
  });
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    const setting = options.rules?.[check.id] ?? check.severity;
    if (setting === "off" || !appliesTo(check, article.lang)) continue;
    if (check.needsSource && !alignment) continue;
    for (const finding of check.run(context)) {
      diagnostics.push(toDiagnostic(article, check, setting, finding, options.t, alignment?.source));
    }
  }
  return applySuppressions(article, diagnostics, options.t).sort(compareDiagnostics);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId)
    || a.message.localeCompare(b.message);
}

function sourceIndex(alignment: Alignment): (block: TextBlock) => readonly TextBlock[] {
  const byTarget = new Map<TextBlock, readonly TextBlock[]>();
  for (const link of alignment.links) for (const block of link.target) byTarget.set(block, link.source);
  return (block) => byTarget.get(block) ?? [];
}

function toDiagnostic(article: Article, check: Check, severity: Diagnostic["severity"], finding: Finding, t: Translate, source?: Article): Diagnostic {
  const [from, to] = fileSpan(finding.block, finding.start, finding.end);
  const start = positionAt(article.source, from);
  const end = positionAt(article.source, to);
  const [family, name] = check.id.split("/");
  const diagnostic: Diagnostic = {
    ruleId: check.id,
    severity,
    message: t(`checks.${family}.${name}.${finding.message}`, { ...finding.values }),
    file: article.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    excerpt: article.source.text.slice(from, to),
  };
  if (finding.related?.length && source) {
    diagnostic.related = finding.related.map((block) => {
      const at = blockStart(source.source, block);
      return { file: source.file, line: at.line, column: at.column, message: t("report.sourceParagraph") };
    });
  }
  if (finding.suggestion !== undefined) {
    diagnostic.suggestion = finding.suggestion;
    // Only a span that maps 1:1 onto the file can be replaced byte for byte.
    const exact = finding.block.text.slice(finding.start, finding.end) === diagnostic.excerpt;
    if (finding.safe && exact) {
      diagnostic.fix = {
        range: [byteOffsetAt(article.source, from), byteOffsetAt(article.source, to)],
        text: finding.suggestion,
      };
    }
  }
  return diagnostic;
}
