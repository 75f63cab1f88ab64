import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import pLimit from "p-limit";
import { readBytes } from "../article/read.js";
import { checks as allChecks, ruleCatalog } from "../checks/index.js";
import { InputError } from "../errors.js";
import { EMPTY_GLOSSARY, GLOSSARY_EXTENSIONS, loadGlossary, mergeGlossaries } from "../glossary/load.js";
import type { Check, FileResult, Glossary, InputProblem, Report, RuleSetting, SetView, Summary, Translate } from "../types.js";
import { summarise } from "../report/summary.js";
import { PACKAGE_ROOT, VERSION } from "../version.js";
import { writeFileAtomic } from "./atomic-write.js";
import { nodeCrypto } from "./builtins.js";
import { checkSet, loadForSets, type SetContext, type SetFile, type SetOutcome } from "./check-set.js";
import type { Config } from "./config.js";
import { discover, type Input } from "./discover.js";
import { digest } from "./digest.js";
import { timed, timedAsync } from "./timings.js";
import { createPool, LARGE_SET, type Pool, workersFor, WorkerOutOfMemory } from "./pool.js";
import { PackedResult } from "./packed-result.js";
import { createSpill } from "./spill.js";

export type CheckOptions = Readonly<{
  paths?: readonly string[]; // default: ./articles
  glossaries?: readonly string[]; // default: ./glossaries/*, else the bundled ones
  lang?: string; // language of lone files whose names do not say it
  rules?: Readonly<Record<string, RuleSetting>>;
  checks?: readonly Check[];
  cwd?: string;
  config?: Config;
  /** Check only shard `index` (1-based) of `count`: article sets split deterministically. */
  shard?: Readonly<{ index: number; count: number }>;
  /** Check only article sets with a file among these (absolute paths), as --changed-since finds. */
  changed?: ReadonlySet<string>;
  /** A folder where results are kept by the hash of everything that decides them. */
  cache?: string;
  /** The messages' locale, part of the cache key (the results hold localised messages). */
  locale?: string;
  /** At most this many worker threads (default: the machine's parallelism). */
  threads?: number;
  /** Problems listed per file before one line counts the rest (default: the config's, else 1,000; 0: all). */
  maxProblems?: number;
  /** Describe each set's text and alignment in the report, for the HTML view. */
  views?: boolean;
  /** XLIFF: report untranslated units (empty, state new or initial) instead of skipping them. */
  xliffUntranslated?: boolean;
  /** Note the digest of each file with a fix, for planFixes (default true; the CLI only with --fix). */
  digests?: boolean;
  /**
   * Keep the diagnostics in a temporary file until a reporter reads them, not in memory: an
   * archive then costs the memory of a set, not of its report. The file lasts as long as the process.
   */
  spill?: boolean;
  t: Translate;
}>;

/** FNV-1a: a stable hash of a set's path, so a set's shard never depends on the others. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The shard (1-based) an article set or lone file belongs to. */
export function shardOf(path: string, count: number): number {
  return (hash(path.split(sep).join("/")) % count) + 1;
}

export const DEFAULT_CACHE = ".bitext-cache";

/** The glossaries shipped with bitext. */
export const BUNDLED_GLOSSARIES = join(PACKAGE_ROOT, "glossaries");

/** Checks every article under the paths and builds the report. Never throws for bad input. */
export async function checkPaths(options: CheckOptions): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? { dir: cwd, rules: {}, languages: {}, ignore: [] };
  const problems: InputError[] = [];
  const maxProblems = options.maxProblems ?? config.maxProblems;
  const glossary = await timedAsync("glossary", () => collectGlossaries(options.glossaries ?? config.glossaries, cwd, problems));
  const discovery = await discover(options.paths?.length ? options.paths : ["articles"], cwd);
  problems.push(...discovery.problems);
  // picomatch (80 KB of the bundle) only for a config that ignores some files.
  const ignored = config.ignore.length > 0 ? (await import("picomatch")).default([...config.ignore], { dot: true }) : undefined;
  const kept = (file: string) => !ignored?.(relative(config.dir, resolve(cwd, file)).split(sep).join("/"));
  const inputs = discovery.inputs
    .map((input) => (input.kind === "set" ? { ...input, files: input.files.filter(kept) } : input))
    .filter((input) => (input.kind === "set" ? input.files.length > 0 : kept(input.file)))
    .filter((input) => !options.shard || shardOf(input.kind === "set" ? input.dir : input.file, options.shard.count) === options.shard.index)
    .filter((input) => !options.changed || (input.kind === "set" ? input.files : [input.file]).some((f) => options.changed!.has(resolve(cwd, f))));

  const read = (file: string): SetFile | undefined => {
    try {
      // Named as found from the working directory, which need not be the process's own.
      return { file, bytes: timed("read", () => readBytes(file, resolve(cwd, file))) };
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
      return undefined;
    }
  };
  // Everything besides the files that decides a result: the tool, its settings, the glossary
  // and the language of the messages.
  const salt = options.cache === undefined ? "" : JSON.stringify([
    VERSION, options.locale ?? "", options.lang ?? "", options.xliffUntranslated === true, options.rules ?? {}, config.rules, config.options ?? {}, config.languages,
    config.sourceLang ?? "", glossary.terms, (options.checks ?? allChecks).map((c) => c.id), maxProblems ?? null,
  ]);

  // The results, as they come: held here, or by the spill until the run is over.
  const held: FileResult[] = [];
  const spill = options.spill ? createSpill() : undefined;
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  const digests: Record<string, string> = {};
  // Counted as they come, then kept (on disk, with options.spill): the report never holds them all.
  // A file with a fix gets the digest of the bytes it was checked in, for --fix to compare.
  // A worker's result comes packed, with its counts and whether it has a fix: not parsed here.
  const keep = (found: readonly FileResult[], files: readonly SetFile[]) => {
    for (const result of found) {
      const packed = result instanceof PackedResult ? result : undefined;
      addTo(summary, packed?.counts ?? summarise([result]));
      const fixed = options.digests !== false && (packed?.fixed ?? result.diagnostics.some((d) => d.fix));
      const bytes = fixed ? files.find((f) => f.file === result.file)?.bytes : undefined;
      if (bytes) digests[result.file] = digest(bytes);
      if (spill) timed("keeping results", () => spill.keep(result));
      else held.push(result);
    }
  };
  const views: SetView[] = [];
  // What checks a set, here or in a worker thread (which makes its own translator).
  const setup = { glossary, config, lang: options.lang, rules: options.rules, maxProblems, views: options.views, xliffUntranslated: options.xliffUntranslated };
  const context = { ...setup, checks: options.checks, t: options.t };
  const identify = inputs.some((input) => input.kind === "set" && input.files.length > 1);
  const workers = options.checks ? 0 : workersFor(inputs.length, options.threads, identify, (limit) => inputBytes(inputs, cwd, limit));
  const pool = workers > 0 ? createPool(workers, { ...setup, locale: options.locale ?? "en", identify }) : undefined;
  // Sets stream through: a few batches are read and checked at a time, and only their results
  // stay, so an archive is never held in memory whole. A worker gets a batch of sets at a time,
  // so that small ones do not cost a message each, with enough batches to share the work out.
  const batches = batchesOf(inputs, workers > 0 ? Math.max(1, Math.min(MAX_BATCH, Math.floor(inputs.length / (workers * 8)))) : 1);
  // Reading runs ahead of checking (which holds the thread): a few sets wait read, never an archive.
  const batchLimit = pLimit(workers > 0 ? workers * 2 : 8);
  try {
    await Promise.all(batches.map((batch) => batchLimit(async () => {
      const todo: { files: SetFile[]; whole: boolean; key: string | undefined }[] = [];
      for (const input of batch) {
        const names = input.kind === "set" ? input.files : [input.file];
        const files = names.map(read).filter((f): f is SetFile => f !== undefined);
        const key = options.cache === undefined ? undefined : cacheKey(salt, files);
        const cached = key === undefined ? undefined : await readCache(options.cache!, key);
        if (cached) keep(cached, files);
        else todo.push({ files, whole: files.length === names.length, key });
      }
      if (todo.length === 0) return;
      const outcomes = await checkBatch(todo.map((s) => s.files), context, pool);
      for (const [n, outcome] of outcomes.entries()) {
        keep(outcome.results, todo[n]!.files);
        if (outcome.view) views.push(outcome.view);
        problems.push(...outcome.problems);
        // Only a set read whole is kept: a file that failed must be tried again next time.
        const { key, whole } = todo[n]!;
        if (key !== undefined && outcome.problems.length === 0 && whole) await writeCache(options.cache!, key, outcome.results);
      }
    })));
  } finally {
    await pool?.close();
  }

  // Made only now, with the workers gone: while they ran, the spill held names and offsets alone.
  const results = spill ? spill.results() : held;
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const unusable: InputProblem[] = problems.map((p) => ({ file: p.file, message: options.t(p.key, { ...p.values }) }));
  views.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { version: 1, summary, results, problems: unusable, rules: ruleCatalog(options.checks ?? allChecks), digests, ...(options.views ? { views } : {}) };
}

/**
 * Checks a batch of sets, each outcome in the set's place: in the pool when there is one, except
 * a set too large for a worker's heap, or a batch whose worker ran out of memory.
 */
export async function checkBatch(sets: readonly SetFile[][], context: SetContext, pool: Pool | undefined): Promise<SetOutcome[]> {
  if (!pool) return checkHere(sets, context);
  const large = (files: readonly SetFile[]) => files.reduce((n, f) => n + f.bytes.length, 0) > LARGE_SET;
  const far = sets.filter((files) => !large(files));
  const away = far.length === 0 ? [] : await pool.run(far).catch((error: unknown) => {
    if (error instanceof WorkerOutOfMemory) return checkHere(far, context);
    throw error;
  });
  const near = await checkHere(sets.filter(large), context);
  return sets.map((files) => (large(files) ? near : away).shift()!);
}

/** Checks sets in this thread. */
async function checkHere(sets: readonly (readonly SetFile[])[], context: SetContext): Promise<SetOutcome[]> {
  await loadForSets(sets);
  return sets.map((files) => checkSet(files, context));
}

/** How many bytes the inputs' files hold, counted until `limit` is reached (a file that can't be read counts none). */
export function inputBytes(inputs: readonly Input[], cwd: string, limit: number): number {
  let total = 0;
  for (const input of inputs) {
    for (const file of input.kind === "set" ? input.files : [input.file]) {
      try {
        total += statSync(resolve(cwd, file)).size;
      } catch {
        // Reading it will say what is wrong.
      }
      if (total >= limit) return total;
    }
  }
  return total;
}

function addTo(total: Summary, more: Summary): void {
  total.files += more.files;
  total.errors += more.errors;
  total.warnings += more.warnings;
  total.infos += more.infos;
}

function cacheKey(salt: string, files: readonly { file: string; bytes: Uint8Array }[]): string {
  const hash = nodeCrypto().createHash("sha256").update(salt);
  for (const { file, bytes } of files) hash.update(`\u0000${file}\u0000${bytes.length}\u0000`).update(bytes);
  return hash.digest("hex");
}

// The most sets a worker is sent at once.
const MAX_BATCH = 32;

/** Inputs in consecutive batches of `size`. */
function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

async function readCache(dir: string, key: string): Promise<FileResult[] | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, `${key}.json`), "utf8")) as { results?: FileResult[] };
    return Array.isArray(parsed.results) ? parsed.results : undefined;
  } catch {
    return undefined; // a missing or damaged entry is a miss
  }
}

async function writeCache(dir: string, key: string, results: readonly FileResult[]): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, `${key}.json`), JSON.stringify({ results }));
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

/** The glossaries named, else ./glossaries/*, else the bundled ones; unusable files as problems. */
export async function loadGlossaries(files: readonly string[] | undefined, cwd: string): Promise<{ glossary: Glossary; problems: InputError[] }> {
  const problems: InputError[] = [];
  const glossary = await collectGlossaries(files, cwd, problems);
  return { glossary, problems };
}

async function collectGlossaries(files: readonly string[] | undefined, cwd: string, problems: InputError[]): Promise<Glossary> {
  let list = files ? [...files] : await glossaryFolder(join(cwd, "glossaries"));
  if (!files && list.length === 0) list = await glossaryFolder(BUNDLED_GLOSSARIES);
  const loaded: Glossary[] = [];
  for (const file of list) {
    try {
      loaded.push(await loadGlossary(file));
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
    }
  }
  return loaded.length === 0 ? EMPTY_GLOSSARY : mergeGlossaries(loaded);
}

async function glossaryFolder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => GLOSSARY_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
  return names.map((n) => {
    const shown = relative(process.cwd(), resolve(dir, n));
    return shown.startsWith("..") ? resolve(dir, n) : shown;
  });
}
