import { readerOf } from "../article/formats.js";
import { primaryLanguage } from "../article/language.js";
import { blockStart, byteOffsetAt, fileSpan, offsetAt, type Position, positionAt } from "../article/position.js";
import { scriptOf } from "../language/scripts.js";
import { addTime, TIMING } from "../workspace/timings.js";
import { suppressionsOf, UNUSED_SUPPRESSION } from "./suppress.js";
import type {
  Alignment, Article, Check, CheckContext, Diagnostic, Finding, Glossary, RuleOptions, RuleSetting, Severity, TextBlock, Translate,
} from "../types.js";

/** The rule id of the line that stands for the problems of a file beyond the limit. */
export const TOO_MANY_PROBLEMS = "bitext/too-many-problems";
/** What the rules of the engine itself report (the checks' own say so in their docs). */
export const ENGINE_RULES: Readonly<Record<string, string>> = {
  [UNUSED_SUPPRESSION]: "A bitext-disable comment that turns nothing off: remove it.",
  [TOO_MANY_PROBLEMS]: "A file has more problems than --max-problems lists: this line counts the rest, from the first left out.",
};
/** Problems listed per file unless --max-problems says otherwise: more than anyone reads. */
export const DEFAULT_MAX_PROBLEMS = 1000;

export type RunOptions = Readonly<{
  glossary: Glossary;
  t: Translate;
  /** Per-rule severity or "off"; rules not named keep their own severity. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Per-rule options from the config; a rule's own defaults fill the rest. */
  options?: Readonly<Record<string, RuleOptions>>;
  /** The article's alignment with its source, for checks that compare the two. */
  alignment?: Alignment;
  /** Source blocks changed since the translation's source-revision (old text; "" if new). */
  stale?: ReadonlyMap<TextBlock, string>;
  revision?: string;
  /**
   * List at most this many problems (the first in the file), then one line that counts the
   * rest: a hostile file with millions of problems costs bounded memory. 0: no limit.
   */
  maxProblems?: number;
}>;

const NO_SOURCE = (): readonly TextBlock[] => [];
const NO_OPTIONS: RuleOptions = Object.freeze({});

/** A check's options: each as set, else its default (the first value it declares). */
function optionsOf(check: Check, set: RuleOptions | undefined): RuleOptions {
  return Object.freeze(Object.fromEntries(Object.entries(check.options ?? {}).map(([name, values]) => [name, set?.[name] ?? values[0]!])));
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** True when a check understands a language tag: its language, and the script it is written in. */
export function appliesTo(check: Check, tag: string): boolean {
  if (check.languages && !check.languages.includes(primaryLanguage(tag))) return false;
  return !check.scripts || check.scripts.includes(scriptOf(tag) ?? "");
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
    options: NO_OPTIONS,
    ...(alignment ? {
      source: Object.freeze({
        lang: primaryLanguage(alignment.source.lang), tag: alignment.source.lang,
        blocks: alignment.source.blocks, links: alignment.links, ratio: alignment.ratio,
        ...(options.stale ? { stale: options.stale, revision: options.revision } : {}),
      }),
    } : {}),
  });
  const limit = options.maxProblems === undefined ? DEFAULT_MAX_PROBLEMS : options.maxProblems || Infinity;
  const suppressions = suppressionsOf(article);
  const kept = new Shortlist(limit);
  for (const check of checks) {
    const setting = options.rules?.[check.id] ?? check.severity;
    if (setting === "off" || !appliesTo(check, article.lang)) continue;
    if (check.needsSource && !alignment) continue;
    const started = TIMING ? performance.now() : 0;
    for (const finding of check.run(check.options ? Object.freeze({ ...context, options: optionsOf(check, options.options?.[check.id]) }) : context)) {
      const placed = place(article, check, setting, finding);
      if (!suppressions.suppresses(check.id, placed.start.line)) kept.add(placed);
    }
    if (TIMING) addTime(check.id, performance.now() - started);
  }
  const started = TIMING ? performance.now() : 0;
  const diagnostics = kept.items().map((p) => toDiagnostic(article, p, options.t, alignment?.source));
  const all = [...diagnostics, ...suppressions.unused(options.t)].sort(compareDiagnostics);
  if (TIMING) addTime("diagnostics (messages, positions)", performance.now() - started);
  const { leftOut } = kept;
  for (const d of all.slice(limit)) leftOut.add({ start: { line: d.line, column: d.column }, end: { line: d.endLine, column: d.endColumn }, severity: d.severity });
  if (!leftOut.first) return all;
  // Beyond the limit: the first problem left out stands for all of them.
  const { first, worst, count } = leftOut;
  const listed = all.slice(0, limit);
  listed.push({
    ruleId: TOO_MANY_PROBLEMS, severity: worst,
    message: options.t("report.tooManyProblems", { count, max: limit }),
    file: article.file, line: first.start.line, column: first.start.column, endLine: first.end.line, endColumn: first.end.column,
    excerpt: article.source.text.slice(offsetAt(article.source, first.start.line, first.start.column), offsetAt(article.source, first.end.line, first.end.column)),
  });
  return listed.sort(compareDiagnostics);
}

/** A finding placed in its file, before its message is written. */
type Placed = Readonly<{ check: Check; severity: Severity; finding: Finding; from: number; to: number; start: Position; end: Position }>;
type Place = Readonly<{ start: Position; end: Position; severity: Severity; check?: Check }>;

function place(article: Article, check: Check, severity: Severity, finding: Finding): Placed {
  const [from, to] = fileSpan(finding.block, finding.start, finding.end);
  return { check, severity, finding, from, to, start: positionAt(article.source, from), end: positionAt(article.source, to) };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of diagnostics, short of their messages. */
function comparePlaces(a: Place, b: Place): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || a.end.line - b.end.line || a.end.column - b.end.column
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byCodeUnits(a.check?.id ?? "", b.check?.id ?? "");
}

/** What is left out beyond the limit: how much, the first in file order, the worst severity. */
class LeftOut {
  count = 0;
  first: Place | undefined;
  worst: Severity = "info";

  add(place: Place): void {
    this.count++;
    if (!this.first || comparePlaces(place, this.first) < 0) this.first = place;
    if (SEVERITY_ORDER[place.severity] < SEVERITY_ORDER[this.worst]) this.worst = place.severity;
  }
}

/**
 * The first `limit` findings in file order, of however many are added: every so often the
 * list is sorted and cut back, keeping ties at the cut (their messages decide later), and the
 * findings cut are only counted.
 */
class Shortlist {
  readonly leftOut = new LeftOut();
  #items: Placed[] = [];

  constructor(private readonly limit: number) {}

  add(placed: Placed): void {
    this.#items.push(placed);
    if (this.#items.length >= 2 * this.limit + 1024) this.#cut();
  }

  items(): readonly Placed[] {
    return this.#items;
  }

  #cut(): void {
    const items = this.#items.sort(comparePlaces);
    let keep = this.limit;
    while (keep < items.length && comparePlaces(items[keep]!, items[this.limit - 1]!) === 0) keep++;
    for (const cut of items.slice(keep)) this.leftOut.add(cut);
    items.length = keep;
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byCodeUnits(a.ruleId, b.ruleId)
    || byCodeUnits(a.message, b.message);
}

function sourceIndex(alignment: Alignment): (block: TextBlock) => readonly TextBlock[] {
  const byTarget = new Map<TextBlock, readonly TextBlock[]>();
  for (const link of alignment.links) for (const block of link.target) byTarget.set(block, link.source);
  return (block) => byTarget.get(block) ?? [];
}

function toDiagnostic(article: Article, placed: Placed, t: Translate, source?: Article): Diagnostic {
  const { check, severity, finding, from, to, start, end } = placed;
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
  if (finding.block.unit !== undefined) diagnostic.unit = finding.block.unit;
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
        // In XLIFF the text goes back into XML: & and < are written as entities.
        text: readerOf(article).encode(finding.suggestion),
      };
    }
  }
  return diagnostic;
}
