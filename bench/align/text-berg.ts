// npm run bench:align: bitext align and hunalign on the Text+Berg de–fr test documents, scored
// strict and lax as that data's README describes, timed in the same run.
//   options: --data DIR (the Text+Berg folder), --hunalign DIR (its source and build.sh),
//            --cache DIR (where hunalign is built)
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { requirePath } from "../external.js";
import { finalScores, type Link, parseLinks, type Scores, scoreDocument } from "./score.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const { values } = parseArgs({
  options: {
    data: { type: "string", default: process.env.BITEXT_TEXT_BERG || resolve(ROOT, "../shared/bench-data/text-berg") },
    hunalign: { type: "string", default: process.env.BITEXT_HUNALIGN || resolve(ROOT, "../shared/tools/hunalign") },
    cache: { type: "string", default: resolve(ROOT, "node_modules/.cache/bitext-bench") },
  },
});
requirePath(join(values.data, "test0.defr"), "the Text+Berg corpus", "pass --data DIR or set BITEXT_TEXT_BERG (the workspace keeps it in ../shared/bench-data/text-berg)");
requirePath(join(values.hunalign, "build.sh"), "hunalign's source and build.sh", "pass --hunalign DIR or set BITEXT_HUNALIGN (the workspace keeps it in ../shared/tools/hunalign)");
const DOCS = ["test0", "test1", "test2", "test3", "test4", "test5", "test6"];

type System = { name: string; align: (de: string, fr: string) => Link[] };

function run(command: string, args: string[], cwd?: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

const bitext: System = {
  name: "bitext align",
  align(de, fr) {
    const report = JSON.parse(run(process.execPath, [join(ROOT, "dist/cli.js"), "align", de, fr, "--units", "sentences", "--format", "json"])) as
      { links: { source: number[]; target: number[] }[] };
    return report.links.map((l) => [l.source, l.target]);
  },
};

function hunalign(binary: string, dictionary: string): System {
  return {
    name: "hunalign (no dictionary)",
    align(de, fr) {
      // A ladder of rungs "i\tj\tscore": consecutive rungs bound one link. hunalign leaves a
      // translate.txt in its working folder, so it runs in the document's folder.
      const rungs = run(binary, [dictionary, de, fr], dirname(de)).trim().split("\n").map((line) => line.split("\t").map(Number));
      const links: Link[] = [];
      for (let k = 0; k + 1 < rungs.length; k++) {
        const [i1, j1] = rungs[k]!;
        const [i2, j2] = rungs[k + 1]!;
        links.push([Array.from({ length: i2! - i1! }, (_, x) => i1! + x), Array.from({ length: j2! - j1! }, (_, x) => j1! + x)]);
      }
      return links;
    },
  };
}

function measure(system: System, docs: readonly string[], work: string): { scores: Scores; seconds: number } {
  let totals;
  let seconds = 0;
  for (const doc of docs) {
    const dir = join(work, doc);
    mkdirSync(dir, { recursive: true });
    // bitext reads .txt as one paragraph (here: one sentence) per line.
    copyFileSync(join(values.data, `${doc}.de`), join(dir, "de.txt"));
    copyFileSync(join(values.data, `${doc}.fr`), join(dir, "fr.txt"));
    const started = process.hrtime.bigint();
    const links = system.align(join(dir, "de.txt"), join(dir, "fr.txt"));
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    totals = scoreDocument(parseLinks(readFileSync(join(values.data, `${doc}.defr`), "utf8")), links, totals);
  }
  return { scores: finalScores(totals!), seconds };
}

const f = (x: number) => x.toFixed(3);
const row = (name: string, s: Scores, time: string) =>
  `| ${name} | ${f(s.strict.precision)} / ${f(s.strict.recall)} / ${f(s.strict.f1)} | ${f(s.lax.precision)} / ${f(s.lax.recall)} / ${f(s.lax.f1)} | ${time} |`;

const hunalignDir = join(values.cache, "hunalign");
const built = spawnSync("bash", [join(values.hunalign, "build.sh"), hunalignDir], { encoding: "utf8" });
if (built.status !== 0) {
  process.stderr.write(`bench: hunalign did not build (it needs make and g++): ${built.stderr.trim().split("\n").at(-1) ?? ""}\n`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "bitext-bench-"));
try {
  const ours = measure(bitext, DOCS, join(work, "bitext"));
  const theirs = measure(hunalign(join(hunalignDir, "hunalign"), join(hunalignDir, "null.dic")), DOCS, join(work, "hunalign"));
  const dev = measure(bitext, ["dev"], join(work, "dev"));
  console.log(`Text+Berg de→fr, ${DOCS.length} test documents (${values.data})\n`);
  console.log("| system | strict P / R / F1 | lax P / R / F1 | time |");
  console.log("| --- | --- | --- | --- |");
  console.log(row(bitext.name, ours.scores, `${(ours.seconds / theirs.seconds).toFixed(1)}× hunalign's`));
  console.log(row("hunalign, no dictionary", theirs.scores, "1×"));
  console.log(`\nbitext on the dev document it was tuned on: strict F1 ${f(dev.scores.strict.f1)}, lax F1 ${f(dev.scores.lax.f1)}`);
  console.log("Published (README of the data): vecalign strict F1 0.902, Bertalign 0.936 (neural sentence embeddings).");
  console.log("bitext's time includes starting Node for each document, as a user's `bitext align` does.");
} finally {
  rmSync(work, { recursive: true, force: true });
}
