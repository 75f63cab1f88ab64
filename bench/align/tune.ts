// Development only: aligns the dev document (or any named one) in process and prints its scores.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requirePath } from "../external.js";
import { alignUnits } from "../../src/align/align.js";
import { finalScores, type Link, parseLinks, scoreDocument } from "./score.js";

const data = requirePath(process.argv[2] ?? process.env.BITEXT_TEXT_BERG ?? "../shared/bench-data/text-berg", "the Text+Berg corpus", "name its folder first, or set BITEXT_TEXT_BERG");
const docs = process.argv.slice(3).length ? process.argv.slice(3) : ["dev"];
let totals;
for (const doc of docs) {
  const read = (ext: string) => readFileSync(join(data, `${doc}.${ext}`), "utf8").split("\n").filter((l, i, a) => i < a.length - 1 || l !== "");
  const de = read("de").map((text) => ({ text }));
  const fr = read("fr").map((text) => ({ text }));
  const links: Link[] = alignUnits(de, fr, { level: (process.env.LEVEL ?? "sentence") as "sentence" | "paragraph" }).map((l) => [l.source, l.target]);
  totals = scoreDocument(parseLinks(readFileSync(join(data, `${doc}.defr`), "utf8")), links, totals);
}
const s = finalScores(totals!);
const f = (x: number) => x.toFixed(3);
console.log(`strict ${f(s.strict.precision)} / ${f(s.strict.recall)} / ${f(s.strict.f1)}   lax ${f(s.lax.precision)} / ${f(s.lax.recall)} / ${f(s.lax.f1)}`);
