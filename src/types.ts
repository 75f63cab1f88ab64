// Public types of bitext. Every module takes its shared shapes from here.

export type Severity = "error" | "warning" | "info";

/** What a text block was in its file: checks treat headings and list items differently. */
export type BlockKind = "heading" | "paragraph" | "listItem" | "blockquote" | "tableCell";

/**
 * A run of block text and the file text it came from. A run with `sourceLength === length`
 * maps character for character; any other run (an entity, an escape) maps as a whole.
 */
export type OffsetRun = Readonly<{ at: number; length: number; offset: number; sourceLength: number }>;

/** One checkable piece of an article: its visible text and where each character came from. */
export type TextBlock = Readonly<{
  index: number; // 0-based, document order
  kind: BlockKind;
  text: string;
  runs: readonly OffsetRun[]; // sorted by `at`, covering the whole text
  /** The number of an ordered list's item, which Markdown writes outside the text ("3." -> "3"). */
  marker?: string;
  /** The XLIFF unit (or unit/segment) the block is, for reports a CAT tool can follow. */
  unit?: string;
  /** XLIFF inline codes, which are not text: where each stood, by its place in the text. */
  codes?: readonly InlineCode[];
  /** An XLIFF unit with no translation yet (empty, or state new or initial). */
  untranslated?: boolean;
}>;

/** An XLIFF inline code: <g id="1"> … </g>, <x id="2"/>, <pc>, <ph/>, <sc/>, <ec/> … */
export type InlineCode = Readonly<{
  key: string; // what pairs a code with its counterpart, in the source and in the target: "g:1"
  kind: "open" | "close" | "standalone";
  at: number; // offset into the block's text where it stood
  raw: string; // as written: <g id="1">
  offset: number; // where it is in the file
}>;

/** A decoded file: its text without BOM, and where its lines start. */
export type SourceText = Readonly<{
  text: string;
  bom: boolean;
  lineStarts: readonly number[]; // offsets (UTF-16) into text
}>;

export type ArticleFormat = "markdown" | "text" | "xliff";

/** An inline comment that turns rules off: <!-- bitext-disable-next-line quotes/style -->. */
export type Directive = Readonly<{
  kind: "disable-next-line" | "disable" | "enable";
  rules: readonly string[]; // empty: every rule
  line: number; column: number; endLine: number; endColumn: number;
  text: string;
}>;

export type Article = Readonly<{
  file: string; // as given, relative to the working directory
  lang: string; // BCP 47 tag as declared (e.g. "en", "pt-BR")
  format: ArticleFormat;
  source: SourceText;
  blocks: readonly TextBlock[];
  frontMatter: Readonly<Record<string, unknown>>;
  directives?: readonly Directive[];
  /** A bilingual file (XLIFF): its source side, block for block with this article's. */
  bilingual?: Article;
}>;

/** One language's entry of a glossary term. */
export type TermEntry = Readonly<{
  use: string;
  also: readonly string[];
  avoid: readonly string[];
  except: readonly string[];
  expansion: readonly string[];
  forms: readonly string[];
}>;

export type GlossaryTerm = Readonly<{
  id: string;
  note?: string;
  file: string;
  line: number;
  langs: Readonly<Record<string, TermEntry>>;
}>;

export type Glossary = Readonly<{ names: readonly string[]; terms: readonly GlossaryTerm[] }>;

export type Finding<M extends string = string> = Readonly<{
  block: TextBlock;
  start: number; // UTF-16 offsets into block.text
  end: number;
  message: M; // key checks.<family>.<name>.<M>
  values?: Readonly<Record<string, string | number | undefined>>;
  suggestion?: string; // replaces text[start, end)
  safe?: boolean; // --fix may apply it unseen
  related?: readonly TextBlock[]; // blocks of the source article this finding concerns
}>;

/** What a check of a translation knows of its source: the aligned blocks, pair by pair. */
export type SourceContext = Readonly<{
  lang: string; // primary subtag
  tag: string;
  blocks: readonly TextBlock[];
  links: readonly BlockLink[];
  ratio: number; // target length / source length over the document
  /** Source blocks changed since the translation's source-revision, with the old text ("" if new). */
  stale?: ReadonlyMap<TextBlock, string>;
  revision?: string;
}>;

/** A rule's options, as the config sets them: name -> value ("straight" -> "allow"). */
export type RuleOptions = Readonly<Record<string, string>>;

export type CheckContext = Readonly<{
  lang: string; // primary language subtag, lower case: "en", "uk"
  tag: string; // the article's full tag: "en-GB"
  blocks: readonly TextBlock[];
  glossary: Glossary;
  /** The aligned source blocks of a translated block; empty when checked alone. */
  sourceOf(block: TextBlock): readonly TextBlock[];
  /** The source and the alignment, when the article is a translation checked against it. */
  source?: SourceContext;
  /** The running check's options, each at its default unless the config says otherwise. */
  options: RuleOptions;
}>;

/**
 * A rule's own documentation; its examples run as tests. Checks that compare a translation with
 * its source give the source too, one paragraph per line like bad and good.
 */
export type CheckDocs = Readonly<{
  summary: string; bad: string; good: string; lang?: string; source?: string; sourceLang?: string;
  /** The source as it was at the translation's source-revision, for align/stale. */
  sourceBefore?: string;
  /** The examples are XLIFF segments, a line each, inline codes written as XLIFF 2.0 writes them. */
  format?: "xliff";
}>;

export type Check<M extends string = string> = Readonly<{
  id: `${string}/${string}`;
  severity: Severity;
  languages?: readonly string[]; // omitted: all
  /** ISO 15924 scripts the rule understands (Latn, Cyrl …); on a language written otherwise it is silent. Omitted: all. */
  scripts?: readonly string[];
  needsSource?: boolean;
  /** Options the config may set, each with its values, the default first. */
  options?: Readonly<Record<string, readonly string[]>>;
  messages: readonly M[];
  docs: CheckDocs;
  run(ctx: CheckContext): Iterable<Finding<NoInfer<M>>>;
}>;

export type RelatedLocation = Readonly<{ file: string; line: number; column: number; message: string }>;

export type Diagnostic = {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  suggestion?: string;
  fix?: { range: [number, number]; text: string };
  related?: RelatedLocation[];
  /** The XLIFF unit (or unit/segment) the finding is in. */
  unit?: string;
};

export type FileResult = {
  file: string;
  lang: string;
  source?: string;
  diagnostics: Diagnostic[];
};

/** A file that could not be used, with its localised reason. */
export type InputProblem = { file: string; message: string };

export type Summary = { files: number; errors: number; warnings: number; infos: number };

/** Where a diagnostic sits in a block's text, for views that show the text. */
export type MarkView = { start: number; end: number; diagnostic: number }; // index into the file's diagnostics

export type BlockView = { index: number; kind: BlockKind; text: string; line: number; marks: MarkView[] };

export type FileView = { file: string; lang: string; blocks: BlockView[] };

/** A translation's links to its source, by block index. */
export type PairView = {
  source: string; target: string; links: { type: string; source: number[]; target: number[]; score: number }[];
  /** Source blocks changed since the translation's source-revision: the word diff, by block index. */
  changes?: Record<number, { text: string; added?: boolean; removed?: boolean }[]>;
  revision?: string;
};

/** What the HTML report shows of one article set: its files' text and their alignment. */
export type SetView = { name: string; files: FileView[]; pairs: PairView[] };

/** A rule as a report describes it: reporters take every rule's metadata from here. */
export type RuleInfo = Readonly<{
  id: string;
  /** Its default severity (a config may change it for some languages: each diagnostic says). */
  severity: Severity;
  summary: string;
  /** An example it flags and one it leaves alone; a rule of the engine itself has none. */
  bad?: string;
  good?: string;
  /** A rule of the engine (an unused bitext-disable), not a check: described only where it fired. */
  engine?: true;
}>;

export type Report = {
  version: 1;
  summary: Summary;
  results: FileResult[];
  problems: InputProblem[];
  /** The rules the files were checked with, and the engine's own. */
  rules: RuleInfo[];
  /** Only for reporters that show the articles (html); never written to JSON. */
  views?: SetView[];
  /** SHA-256 of each file with a fix, as it was read, so that --fix never touches one changed since. */
  digests?: Record<string, string>;
};

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export type ReporterOptions = Readonly<{
  color: boolean; t: Translate;
  /** The folder the report's relative paths start from (the CLI's working directory). SARIF names
   * files under it relative to %SRCROOT% and files elsewhere by absolute file: URIs. */
  cwd?: string;
}>;

/**
 * A report format: the text, whole or in pieces (a generator), so that a report of an archive
 * can be written as it is made, never held whole. joined() in src/report/json-stream.ts makes it one string.
 */
export type Reporter = (report: Report, options: ReporterOptions) => Iterable<string>;

/** Per-rule settings: a severity, or "off". */
export type RuleSetting = Severity | "off";

/** Sentences linked inside one aligned pair of blocks, indices into the pair's sentence lists. */
export type SentenceLink = Readonly<{
  source: readonly number[];
  target: readonly number[];
  score: number;
}>;

/** Blocks of a source article linked with blocks of its translation; either side may be empty. */
export type BlockLink = Readonly<{
  source: readonly TextBlock[];
  target: readonly TextBlock[];
  score: number; // confidence in [0, 1]
  sentences?: readonly SentenceLink[];
}>;

export type Alignment = Readonly<{
  source: Article;
  target: Article;
  links: readonly BlockLink[];
  ratio: number; // target length / source length over the whole document
}>;

/** A word diff: runs of text, each kept, added or removed. */
export type WordChange = Readonly<{ text: string; added?: boolean; removed?: boolean }>;

/** One changed paragraph: the words that changed, and what stands beside it. */
export type DiffEntry = Readonly<{
  leftLines: readonly number[];
  rightLines: readonly number[];
  changes: readonly WordChange[];
  beside: string; // the translation paragraph (revision diffs); "" for a plain diff
}>;

/** Two versions of an article (or a source's revisions beside its translation), paragraph by paragraph. */
export type FileDiff = Readonly<{
  left: string; right: string;
  leftLang: string; rightLang: string; // the views set each column's direction by them
  revision?: string;
  entries: readonly DiffEntry[];
}>;

/** A diagnostic that held a page back from publication. */
export type HeldReason = Readonly<{ file: string; line: number; column: number; ruleId: string; message: string }>;

/** A page of the published site. */
export type PublishedPage = Readonly<{
  set: string; lang: string; file: string;
  path: string; // in the site: "fr/odesa-grain-port/"
  url?: string; // with --base-url
  source: boolean; // the original, not a translation
  stale?: boolean; // its source changed since it was translated (published under --allow-stale)
  forced?: boolean; // published with errors (--allow-errors)
}>;

/** A page held back, and the diagnostics that held it. */
export type HeldPage = Readonly<{
  set: string; lang: string; file: string;
  why: "errors" | "stale" | "source" | "set"; // its errors; its source changed; its source's errors; --all-or-nothing
  reasons: readonly HeldReason[];
}>;

/** What bitext publish built (or would build): for a CMS or a deploy job to read. */
export type PublishManifest = Readonly<{
  version: 1;
  out: string;
  baseUrl?: string;
  languages: readonly string[];
  published: readonly PublishedPage[];
  held: readonly HeldPage[];
}>;
