#!/usr/bin/env node
// Argument parsing and exit codes only; everything else lives in the library.
import { existsSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isLanguageTag } from "./article/language.js";
import { InputError, UsageError, writeKey } from "./errors.js";
import type { Report, Reporter, Translate } from "./types.js";
import { VERSION } from "./version.js";
import { deferHelperThreads } from "./workspace/helper-threads.js";

// Only what every command needs is imported here; a command imports the rest when it runs, so
// that bitext --version and --help, and a check of one article, load no more than they use
// (the bundle, scripts/bundle.js, makes each such import a chunk of its own).
let i18n: typeof import("./i18n/locales.js") & { createTranslator: (locale: string) => Promise<Translate> };

// Options every command takes.
const SHARED_OPTIONS = {
  output: { type: "string" },
  locale: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const CHECK_OPTIONS = {
  ...SHARED_OPTIONS,
  glossary: { type: "string", multiple: true },
  config: { type: "string" },
  shard: { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "boolean" },
  "changed-since": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  threads: { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  format: { type: "string" },
  lang: { type: "string" },
  "max-warnings": { type: "string" },
  "max-problems": { type: "string" },
  "xliff-untranslated": { type: "boolean" },
} as const;

// A file name can hold anything but "/" and NUL; a terminal must not take it for a command.
const printable = (text: string) => text.replace(/[\u0000-\u001F\u007F-\u009F]/gu, "?");

/** Runs one command line; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  deferHelperThreads();
  const { loadTranslator } = await import("./i18n/load.js");
  i18n = { ...(await import("./i18n/locales.js")), createTranslator: loadTranslator };
  const t: Translate = await i18n.createTranslator(localeFrom(argv));
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${t("cli.help", { version: VERSION })}\n`);
      return 0;
    }
    if (command === "check") return await check(rest, t);
    if (command === "align") return await align(rest, t);
    if (command === "merge-reports") return await merge(rest, t);
    if (command === "init") return await init(rest, t);
    if (command === "diff") return await diff(rest, t);
    if (command === "publish") return await publish(rest, t);
    throw new UsageError("cli.unknownCommand", { command });
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      const where = error instanceof InputError ? `${error.file}: ` : "";
      process.stderr.write(`bitext: ${where}${t(error.key, { ...error.values })}\n`);
    } else { // our bug; exit 1 would mean "problems found"
      process.stderr.write(`bitext: ${t("cli.internalError")}\n`);
      if (process.env.BITEXT_DEBUG || argv.includes("--debug")) console.error(error);
    }
    return 2;
  }
}

// The locale must be known before parsing, so that parse errors are in it too.
function localeFrom(argv: readonly string[]): string {
  const at = argv.findIndex((a) => a === "--locale" || a.startsWith("--locale="));
  if (at === -1) return "en";
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1]! : argv[at + 1] ?? "en";
  return i18n.isLocale(value) ? value : "en";
}

async function check(args: readonly string[], given: Translate): Promise<number> {
  const { values, positionals } = parse(args, "check");
  if (values.help) {
    process.stdout.write(`${given("cli.helpCheck", { locales: i18n.LOCALES.join(", ") })}\n`);
    return 0;
  }
  const { findConfig, loadConfig } = await import("./workspace/config.js");
  const { checkPaths, DEFAULT_CACHE } = await import("./workspace/check.js");
  const { applyBaseline, DEFAULT_BASELINE, readBaseline, writeBaseline } = await import("./workspace/baseline.js");
  const config = await loadConfig(values.config ?? findConfig(process.cwd()), process.cwd());
  // The config's locale speaks unless --locale does.
  const t = values.locale === undefined && config.locale ? await i18n.createTranslator(config.locale) : given;
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.locale !== undefined && !i18n.isLocale(values.locale)) {
    throw new UsageError("cli.badLocale", { locale: values.locale, locales: i18n.LOCALES.join(", ") });
  }
  const format = values.format ?? "stylish";
  const reporter = await reporterFor(format);
  if (values.lang !== undefined && !isLanguageTag(values.lang)) throw new UsageError("cli.badLang", { lang: values.lang });
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const maxProblems = values["max-problems"] === undefined ? undefined : Number(values["max-problems"]);
  if (maxProblems !== undefined && (!/^\d+$/u.test(values["max-problems"]!) || !Number.isSafeInteger(maxProblems))) {
    throw new UsageError("cli.badMaxProblems", { value: values["max-problems"] });
  }
  const color = colorFor(values);

  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError("cli.badThreads", { value: values.threads });
  const changed = values["changed-since"] === undefined ? undefined : await (await import("./workspace/git.js")).changedSince(values["changed-since"], process.cwd());
  const cache = values.cache || values["cache-location"] !== undefined ? values["cache-location"] ?? DEFAULT_CACHE : undefined;
  const options: import("./workspace/check.js").CheckOptions = {
    paths: positionals, glossaries: values.glossary, lang: values.lang, config, t,
    locale: values.locale ?? config.locale ?? "en",
    // The diagnostics wait on disk for the reporter: an archive's report is never held whole.
    spill: true,
    // What --fix compares a file with before it writes.
    digests: values.fix === true || values["fix-dry-run"] === true,
    ...(shard ? { shard } : {}), ...(changed ? { changed } : {}), ...(threads ? { threads } : {}),
    ...(maxProblems === undefined ? {} : { maxProblems }),
    ...(values["xliff-untranslated"] ? { xliffUntranslated: true } : {}),
    // The HTML view shows the articles' text, which cached results do not keep.
    ...(format === "html" ? { views: true } : cache ? { cache } : {}),
  };
  if (values["write-baseline"]) {
    const report = await checkPaths(options);
    const file = values.baseline ?? DEFAULT_BASELINE;
    const count = await writeBaseline(file, report);
    process.stderr.write(`bitext: ${t("report.baselineWritten", { file, count })}\n`);
    return report.problems.length > 0 ? 2 : 0;
  }
  const baseline = values.baseline === undefined ? undefined : await readBaseline(values.baseline);
  const { addTime, timedAsync, timingReport, TIMING } = await import("./workspace/timings.js");
  // Node's own start, loading bitext, its settings and the report format: all before the files.
  if (TIMING) addTime("start-up", performance.now());
  const run = async () => {
    const report = await checkPaths(options);
    return baseline ? applyBaseline(report, baseline) : report;
  };
  let report = await run();
  if (values.fix || values["fix-dry-run"]) {
    const { fixPatch, planFixes, writeFixes } = await import("./workspace/fix.js");
    const planned = await planFixes(report);
    if (values["fix-dry-run"]) {
      for (const p of planned.problems) process.stderr.write(`bitext: ${printable(p.file)}: ${t(p.key, { ...p.values })}\n`);
      process.stdout.write(fixPatch(planned.fixes));
      return planned.problems.length > 0 ? 2 : 0;
    }
    const { written, problems: unwritten } = await writeFixes(planned.fixes);
    const problems = [...planned.problems, ...unwritten];
    const count = written.reduce((n, f) => n + f.applied, 0);
    process.stderr.write(`bitext: ${t("report.fixed", { count, files: t("report.files", { count: written.length }) })}\n`);
    // Report what is left, as it now stands.
    report = await run();
    if (problems.length > 0) report = { ...report, problems: [...report.problems, ...problems.map((p) => ({ file: p.file, message: t(p.key, { ...p.values }) }))] };
  }
  await timedAsync("report", async () => emit(reporter(report, { color, t, cwd: process.cwd() }), values.output));
  if (TIMING) process.stderr.write(timingReport(performance.now()));
  return exitCode(report, maxWarnings, t);
}

function exitCode(report: Report, maxWarnings: number, t: Translate): number {
  for (const p of report.problems) process.stderr.write(`bitext: ${printable(p.file)}: ${p.message}\n`);
  if (report.problems.length > 0) return 2;
  if (report.summary.errors > 0) return 1;
  if (report.summary.warnings > maxWarnings) {
    process.stderr.write(`bitext: ${t("report.tooManyWarnings", { count: report.summary.warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

const ALIGN_OPTIONS = {
  ...SHARED_OPTIONS,
  glossary: { type: "string", multiple: true },
  format: { type: "string" },
  "source-lang": { type: "string" },
  "target-lang": { type: "string" },
  width: { type: "string" },
  units: { type: "string" },
} as const;

const ALIGN_FORMATS = ["side-by-side", "json", "tsv"];

async function align(args: readonly string[], t: Translate): Promise<number> {
  const { values, positionals } = parse(args, "align", ALIGN_OPTIONS);
  if (values.help) {
    process.stdout.write(`${t("cli.helpAlign")}\n`);
    return 0;
  }
  const [sourceFile, targetFile, ...more] = positionals;
  if (!sourceFile || !targetFile || more.length > 0) throw new UsageError("cli.alignArguments");
  const format = values.format ?? "side-by-side";
  if (!ALIGN_FORMATS.includes(format)) throw new UsageError("cli.badFormat", { format, formats: ALIGN_FORMATS.join(", ") });
  for (const lang of [values["source-lang"], values["target-lang"]]) {
    if (lang !== undefined && !isLanguageTag(lang)) throw new UsageError("cli.badLang", { lang });
  }
  const width = parseWidth(values.width);
  const units = values.units ?? "paragraphs";
  if (units !== "paragraphs" && units !== "sentences") throw new UsageError("cli.badUnits", { value: units });
  const { loadGlossaries } = await import("./workspace/check.js");
  const { readArticle } = await import("./article/read.js");
  const { alignArticles } = await import("./align/articles.js");
  const { alignmentJson, alignmentSideBySide, alignmentTsv } = await import("./report/alignment.js");
  const glossary = await loadGlossaries(values.glossary, process.cwd());
  const [source, target] = await Promise.all([
    readArticle(sourceFile, { lang: values["source-lang"] }),
    readArticle(targetFile, { lang: values["target-lang"] }),
  ]);
  const alignment = alignArticles(source, target, glossary.glossary, { units });
  for (const p of glossary.problems) process.stderr.write(`bitext: ${printable(p.file)}: ${t(p.key, { ...p.values })}\n`);
  const color = colorFor(values);
  const text = format === "json" ? alignmentJson(alignment) : format === "tsv" ? alignmentTsv(alignment)
    : alignmentSideBySide(alignment, width, color);
  await emit(text, values.output);
  return glossary.problems.length > 0 ? 2 : 0;
}

/**
 * Writes a report to --output atomically, or to standard output. A report comes in pieces, and is
 * written as it comes: an archive's report is never one string.
 */
async function emit(text: Iterable<string>, output: string | undefined): Promise<void> {
  if (output === undefined) {
    for (const piece of inBlocks(text)) {
      if (stdoutClosed) return;
      if (!process.stdout.write(piece)) {
        await new Promise((resolve) => {
          process.stdout.once("drain", resolve);
          process.stdout.once("error", resolve);
        });
      }
    }
    return;
  }
  const { writeFileAtomic } = await import("./workspace/atomic-write.js");
  try {
    await writeFileAtomic(output, typeof text === "string" ? text : inBlocks(text));
  } catch (error) {
    throw new InputError(output, writeKey(error));
  }
}

// Set when standard output's reader has gone (EPIPE).
let stdoutClosed = false;

// Pieces gathered into writes of about this many characters: a write per diagnostic costs, and
// so does a long string: Node encodes one of up to 16 KB on the stack, a longer one in memory it
// allocates. Writing the JSON report of 2,400 articles (15 MB) in 16 KB pieces took 0.8 to 0.9 of
// the time 64 KB pieces did, in runs taken in turn.
const BLOCK = 1 << 14;

function* inBlocks(pieces: Iterable<string>): Generator<string> {
  if (typeof pieces === "string") {
    yield pieces;
    return;
  }
  let block = "";
  for (const piece of pieces) {
    block += piece;
    if (block.length >= BLOCK) {
      yield block;
      block = "";
    }
  }
  if (block !== "") yield block;
}

async function reporterFor(format: string): Promise<Reporter> {
  const { loadReporter, REPORT_FORMATS } = await import("./report/load.js");
  const reporter = await loadReporter(format);
  if (!reporter) throw new UsageError("cli.badFormat", { format, formats: REPORT_FORMATS.join(", ") });
  return reporter;
}

/** Colours: --color or --no-color, else on when writing to a terminal and NO_COLOR is unset. */
function colorFor(values: { color?: boolean; "no-color"?: boolean; output?: string }): boolean {
  if (values["no-color"]) return false;
  return values.color ?? (values.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR);
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Infinity;
  const max = Number(value);
  if (!Number.isInteger(max) || max < 0) throw new UsageError("cli.badMaxWarnings", { value });
  return max;
}

function parseWidth(value: string | undefined): number {
  const width = value === undefined ? process.stdout.columns ?? 100 : Number(value);
  if (!Number.isInteger(width) || width < 40) throw new UsageError("cli.badWidth", { value });
  return width;
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/u.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError("cli.badShard", { value });
  return { index, count };
}

const MERGE_OPTIONS = {
  ...SHARED_OPTIONS,
  format: { type: "string" },
  "max-warnings": { type: "string" },
} as const;

async function merge(args: readonly string[], t: Translate): Promise<number> {
  const { values, positionals } = parse(args, "merge-reports", MERGE_OPTIONS);
  if (values.help) {
    process.stdout.write(`${t("cli.helpMerge")}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("cli.mergeArguments");
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const reporter = await reporterFor(values.format ?? "stylish");
  const { mergeReports } = await import("./report/merge.js");
  const report = await mergeReports(positionals);
  const color = colorFor(values);
  await emit(reporter(report, { color, t, cwd: process.cwd() }), values.output);
  return exitCode(report, maxWarnings, t);
}

const DIFF_OPTIONS = {
  ...SHARED_OPTIONS,
  glossary: { type: "string", multiple: true },
  lang: { type: "string" },
  width: { type: "string" },
} as const;

async function diff(args: readonly string[], t: Translate): Promise<number> {
  const { values, positionals } = parse(args, "diff", DIFF_OPTIONS);
  if (values.help) {
    process.stdout.write(`${t("cli.helpDiff")}\n`);
    return 0;
  }
  const width = parseWidth(values.width);
  const color = colorFor(values);
  const { loadGlossaries } = await import("./workspace/check.js");
  const { areTwoFiles, diffFiles, revisionDiffs } = await import("./workspace/diff.js");
  const { diffSideBySide } = await import("./report/diff-view.js");
  const glossary = await loadGlossaries(values.glossary, process.cwd());
  for (const p of glossary.problems) process.stderr.write(`bitext: ${printable(p.file)}: ${t(p.key, { ...p.values })}\n`);
  if (await areTwoFiles(positionals)) {
    const result = await diffFiles(positionals[0]!, positionals[1]!, glossary.glossary, values.lang);
    await emit(diffSideBySide([result], t, width, color), values.output);
    return glossary.problems.length > 0 ? 2 : 0;
  }
  const { diffs, problems } = await revisionDiffs(positionals, glossary.glossary);
  await emit(diffSideBySide(diffs, t, width, color), values.output);
  for (const p of problems) process.stderr.write(`bitext: ${printable(p.file)}: ${t(p.key, { ...p.values })}\n`);
  return problems.length > 0 || glossary.problems.length > 0 ? 2 : 0;
}

const PUBLISH_OPTIONS = {
  ...SHARED_OPTIONS,
  glossary: { type: "string", multiple: true },
  config: { type: "string" },
  out: { type: "string" },
  "base-url": { type: "string" },
  "all-or-nothing": { type: "boolean" },
  "allow-stale": { type: "boolean" },
  "allow-errors": { type: "boolean" },
  "dry-run": { type: "boolean" },
  format: { type: "string" },
} as const;

async function publish(args: readonly string[], given: Translate): Promise<number> {
  const { values, positionals } = parse(args, "publish", PUBLISH_OPTIONS);
  if (values.help) {
    process.stdout.write(`${given("cli.helpPublish", { locales: i18n.LOCALES.join(", ") })}\n`);
    return 0;
  }
  const { findConfig, isBaseUrl, loadConfig } = await import("./workspace/config.js");
  const config = await loadConfig(values.config ?? findConfig(process.cwd()), process.cwd());
  const t = values.locale === undefined && config.locale ? await i18n.createTranslator(config.locale) : given;
  if (values.locale !== undefined && !i18n.isLocale(values.locale)) {
    throw new UsageError("cli.badLocale", { locale: values.locale, locales: i18n.LOCALES.join(", ") });
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("cli.badFormat", { format, formats: "text, json" });
  if (!values.out) throw new UsageError("publish.noOut");
  const baseUrl = values["base-url"] ?? config.baseUrl;
  if (baseUrl !== undefined && !isBaseUrl(baseUrl)) throw new UsageError("publish.badBaseUrl", { value: baseUrl });
  const { publishSite } = await import("./publish/site.js");
  let result;
  try {
    result = await publishSite({
      paths: positionals, out: values.out, glossaries: values.glossary, config, t, locale: values.locale ?? config.locale ?? "en",
      ...(baseUrl ? { baseUrl } : {}), allOrNothing: values["all-or-nothing"], allowStale: values["allow-stale"],
      allowErrors: values["allow-errors"], dryRun: values["dry-run"],
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOTDIR") throw new InputError(values.out, "publish.notDirectory");
    if (code && !(error instanceof InputError)) throw new InputError(values.out, writeKey(error));
    throw error;
  }
  const { manifest, problems } = result;
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
  } else {
    const languages = manifest.languages.join(", ") || "—";
    const lines = [t(values["dry-run"] ? "publish.wouldPublish" : "publish.published", { count: manifest.published.length, languages, out: values.out })];
    for (const page of manifest.published) {
      lines.push(t(page.forced ? "publish.pageForced" : page.stale ? "publish.pageStale" : "publish.page", { path: page.path, file: printable(page.file) }));
    }
    for (const page of manifest.held) {
      lines.push(t("publish.held", { file: printable(page.file), why: t(`publish.why_${page.why}`) }));
      for (const r of page.reasons) lines.push(t("publish.reason", { where: `${printable(r.file)}:${r.line}:${r.column}`, rule: r.ruleId, message: r.message }));
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  if (!baseUrl) process.stderr.write(`bitext: ${t("publish.noBaseUrl")}\n`);
  for (const p of problems) process.stderr.write(`bitext: ${printable(p.file)}: ${p.message}\n`);
  if (problems.length > 0) return 2;
  return manifest.held.length > 0 ? 1 : 0;
}

async function init(args: readonly string[], t: Translate): Promise<number> {
  const { values } = parse(args, "init", { help: { type: "boolean", short: "h" }, locale: { type: "string" } } as const);
  if (values.help) {
    process.stdout.write(`${t("cli.helpInit")}\n`);
    return 0;
  }
  const { CONFIG_NAMES, STARTER_CONFIG } = await import("./workspace/config.js");
  const file = "bitext.config.yaml";
  if (CONFIG_NAMES.some((name) => existsSync(name))) throw new UsageError("cli.initExists", { file: CONFIG_NAMES.find((name) => existsSync(name)) });
  await emit(STARTER_CONFIG, file);
  process.stdout.write(`${t("cli.initWritten", { file })}\n`);
  return 0;
}

function parse<O extends ParseArgsConfig["options"] = typeof CHECK_OPTIONS>(args: readonly string[], command: string, options?: O) {
  try {
    return parseArgs({ args: [...args], options: (options ?? CHECK_OPTIONS) as O, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? String(args[0]);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError("cli.missingValue", { option: option.split(" ")[0] });
    throw new UsageError("cli.unknownOption", { option: option.split(" ")[0], command });
  }
}

// A reader that stops reading (bitext check | head) closes the pipe: what is left of the report
// is nobody's to read, and the run ends as it would have, with no trace of the closed pipe.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});

process.exitCode = await main(process.argv.slice(2));
