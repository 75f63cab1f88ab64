import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { isLanguageTag, languageFromFileName } from "../article/language.js";
import { readerFor } from "../article/formats.js";
import { InputError, ioKey } from "../errors.js";

/** What a path on the command line turned into: article sets and lone files. */
export type Input =
  | Readonly<{ kind: "set"; dir: string; files: readonly string[] }>
  | Readonly<{ kind: "file"; file: string }>;

export type Discovery = { inputs: Input[]; problems: InputError[] };

const isArticleFile = (name: string) => readerFor(name) !== undefined;
const stemOf = (name: string) => basename(name, extname(name));

/**
 * Finds what to check under each path: a file is checked as given; a folder holding
 * `<lang>.md` files is an article set; other folders are searched for sets and for files
 * whose names end in a language (story-en.txt).
 */
export async function discover(paths: readonly string[], cwd = process.cwd()): Promise<Discovery> {
  const inputs: Input[] = [];
  const problems: InputError[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(resolve(cwd, path));
    } catch (error) {
      problems.push(new InputError(path, ioKey(error)));
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push({ kind: "file", file: path });
      continue;
    }
    const before = inputs.length;
    await walk(path, cwd, inputs, problems, seen);
    if (inputs.length === before) problems.push(new InputError(path, "input.noArticles"));
  }
  return { inputs, problems };
}

// `dir` is as the paths given name it, relative to cwd (which need not be the process's own
// working directory) or absolute; files are named so in the report.
async function walk(dir: string, cwd: string, inputs: Input[], problems: InputError[], seen: Set<string>): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(resolve(cwd, dir));
    entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  } catch (error) {
    problems.push(new InputError(dir, ioKey(error)));
    return;
  }
  if (seen.has(real)) return; // a symbolic link back into a folder already read
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const display = (name: string) => {
    const full = join(dir, name);
    const rel = relative(cwd, resolve(cwd, full));
    return rel.startsWith("..") ? full : rel;
  };
  const setFiles: string[] = [];
  const subdirs: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(resolve(cwd, dir, entry.name));
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        problems.push(new InputError(display(entry.name), ioKey(error)));
        continue;
      }
    }
    if (isDir) subdirs.push(entry.name);
    else if (isFile && isArticleFile(entry.name)) {
      if (isLanguageTag(stemOf(entry.name))) setFiles.push(display(entry.name));
      // A bilingual file says its languages inside.
      else if (languageFromFileName(entry.name) || readerFor(entry.name)?.namesItsLanguages) {
        inputs.push({ kind: "file", file: display(entry.name) });
      }
    }
  }
  if (setFiles.length > 0) inputs.push({ kind: "set", dir: relative(cwd, resolve(cwd, dir)) || ".", files: setFiles });
  for (const sub of subdirs) await walk(join(dir, sub), cwd, inputs, problems, seen);
}
