import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignUnits, groupsKept } from "../src/align/align.js";
import { alignArticles } from "../src/align/articles.js";
import { alignBanded, MAX_CELLS } from "../src/align/dynamic.js";
import { readArticle } from "../src/article/read.js";
import { createTranslator } from "../src/i18n/index.js";
import { checkPaths } from "../src/workspace/check.js";
import { declaration } from "./real-world/udhr.js";
import { bundledGlossary } from "./run-check.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SET = "test/fixtures/align/kramatorsk";
const links = async (lang: string) => {
  const [source, target] = await Promise.all([readArticle(join(ROOT, SET, "es.md")), readArticle(join(ROOT, SET, `${lang}.md`))]);
  return alignArticles(source, target, bundledGlossary).links.map((l) => [l.source.map((b) => b.index), l.target.map((b) => b.index)]);
};

const PREAMBLE_EN = [
  "Whereas recognition of the inherent dignity and of the equal and inalienable rights of all members of the human family is the foundation of freedom, justice and peace in the world,",
  "Whereas it is essential to promote the development of friendly relations between nations,",
  "Whereas the peoples of the United Nations have in the Charter reaffirmed their faith in fundamental human rights, in the dignity and worth of the human person and in the equal rights of men and women and have determined to promote social progress and better standards of life in larger freedom,",
  "Now, therefore,",
  "The General Assembly",
  "Proclaims this Universal Declaration of Human Rights as a common standard of achievement for all peoples and all nations.",
  "Article 1",
  "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.",
];
const paragraphLinks = (source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string) =>
  alignUnits(source.map((text) => ({ text, heading: /^Article|^Artikel|^Článek|^第/u.test(text) })),
    target.map((text) => ({ text, heading: /^Article|^Artikel|^Článek|^第/u.test(text) })), { level: "paragraph", sourceLang, targetLang })
    .map((l) => [l.source, l.target]);

describe("paragraph alignment of short lead-ins", () => {
  it("joins \"Now, therefore,\" and \"The General Assembly\" to the paragraph they lead into (3-1)", () => {
    const nl = [
      "Overwegende, dat erkenning van de inherente waardigheid en van de gelijke en onvervreemdbare rechten van alle leden van de mensengemeenschap grondslag is voor de vrijheid, gerechtigheid en vrede in de wereld;",
      "Overwegende, dat het van wezenlijk belang is de ontwikkeling van vriendschappelijke betrekkingen tussen de naties te bevorderen;",
      "Overwegende, dat de volkeren van de Verenigde Naties in het Handvest hun geloof in de fundamentele rechten van de mens, in de waardigheid en de waarde van de mens en in de gelijke rechten van mannen en vrouwen opnieuw hebben bevestigd, en besloten hebben sociale vooruitgang en een hogere levensstandaard in groter vrijheid te bevorderen;",
      "Op grond daarvan proclameert de Algemene Vergadering deze Universele Verklaring van de Rechten van de Mens als het gemeenschappelijk door alle volkeren en alle naties te bereiken ideaal.",
      "Artikel 1",
      "Alle mensen worden vrij en gelijk in waardigheid en rechten geboren. Zij zijn begiftigd met verstand en geweten, en behoren zich jegens elkander in een geest van broederschap te gedragen.",
    ];
    expect(paragraphLinks(PREAMBLE_EN, nl, "en", "nl")).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3, 4, 5], [3]], [[6], [4]], [[7], [5]]]);
  });

  it("takes a lead-in of its own (\"U vědomí toho,\") as a split of the paragraph it opens (1-2)", () => {
    const cs = [
      "U vědomí toho,",
      "že uznání přirozené důstojnosti a rovných a nezcizitelných práv všech členů lidské rodiny je základem svobody, spravedlnosti a míru ve světě,",
      "že je nutné podporovat rozvoj přátelských vztahů mezi národy,",
      "že lid Spojených národů zdůraznil v Chartě znovu svou víru v základní lidská práva, v důstojnost a hodnotu lidské osobnosti a v rovná práva mužů i žen a rozhodl se podporovat sociální pokrok a zlepšovat životní podmínky ve větší svobodě,",
      "Valné shromáždění",
      "vyhlašuje tuto Všeobecnou deklaraci lidských práv jako společný cíl pro všechny národy a všechny státy.",
      "Článek 1",
      "Všichni lidé rodí se svobodní a sobě rovní co do důstojnosti a práv. Jsou nadáni rozumem a svědomím a mají spolu jednat v duchu bratrství.",
    ];
    const links = paragraphLinks(PREAMBLE_EN, cs, "en", "cs");
    expect(links[0]).toEqual([[0], [0, 1]]);
    // Nothing reported missing or added: "Now, therefore," joins a neighbour.
    expect(links.filter(([s, t]) => s.length === 0 || t.length === 0)).toEqual([]);
    expect(links.slice(-2)).toEqual([[[6], [6]], [[7], [7]]]);
  });

  it("joins a lead-in that has no counterpart of its own, and never a heading with another article", () => {
    const de = [
      "Da die Anerkennung der angeborenen Würde und der gleichen und unveräußerlichen Rechte aller Mitglieder der Gemeinschaft der Menschen die Grundlage von Freiheit, Gerechtigkeit und Frieden in der Welt bildet,",
      "da es notwendig ist, die Entwicklung freundschaftlicher Beziehungen zwischen den Nationen zu fördern,",
      "da die Völker der Vereinten Nationen in der Charta ihren Glauben an die grundlegenden Menschenrechte, an die Würde und den Wert der menschlichen Person und an die Gleichberechtigung von Mann und Frau erneut bekräftigt und beschlossen haben, den sozialen Fortschritt und bessere Lebensbedingungen in größerer Freiheit zu fördern,",
      "verkündet die Generalversammlung",
      "diese Allgemeine Erklärung der Menschenrechte als das von allen Völkern und Nationen zu erreichende gemeinsame Ideal.",
      "Artikel 1",
      "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie sind mit Vernunft und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen.",
    ];
    expect(paragraphLinks(PREAMBLE_EN, de, "en", "de")).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3, 4], [3]], [[5], [4]], [[6], [5]], [[7], [6]]]);
  });
});

describe("paragraph alignment of a Spanish source with its translations", () => {
  it.each([
    // a clean translation: every block 1-1, the heading with the heading
    ["de", [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[5], [5]], [[6], [6]], [[7], [7]]]],
    // two paragraphs merged into one, one dropped
    ["en", [[[0], [0]], [[1], [1]], [[2, 3], [2]], [[4], [3]], [[5], [4]], [[6], []], [[7], [5]]]],
    // a paragraph split in two, one left in Spanish, one added at the end
    ["fr", [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4, 5]], [[5], [6]], [[6], [7]], [[7], [8]], [[], [9]]]],
    // a paragraph cut short, one written in Russian
    ["uk", [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[5], [5]], [[6], [6]], [[7], [7]]]],
  ])("%s", async (lang, expected) => {
    expect(await links(lang)).toEqual(expected);
  });

  it("reports what the alignment shows, on the translation, pointing at the source", async () => {
    const report = await checkPaths({ paths: [join(ROOT, SET)], t: createTranslator("en"), glossaries: [join(ROOT, "glossaries/russia-ukraine.yaml")] });
    const found = report.results.flatMap((r) => r.diagnostics
      .filter((d) => d.ruleId.startsWith("align/") || d.ruleId === "glossary/missing")
      .map((d) => [r.file.split("/").pop(), d.line, d.column, d.ruleId, d.message, d.related?.map((x) => x.line)]));
    expect(found).toEqual([
      ["en.md", 10, 215, "align/numbers", "40 here but 30 in the source: check the number", [10, 12]],
      ["en.md", 12, 1, "glossary/missing", "The source has “Ucrania” but the translation has no “Ukraine”: use the glossary's rendering", [14]],
      ["en.md", 16, 1, "align/missing", "The source paragraph “Kramatorsk ya había sufrido en abril de 2022 un…” has no translation here: translate it", [18]],
      ["en.md", 16, 148, "align/numbers", "16 is not in the source: check it", [20]],
      ["fr.md", 18, 1, "align/untranslated", "This paragraph is the source text, untranslated: translate it", [16]],
      ["fr.md", 24, 1, "align/extra", "This paragraph has no counterpart in the source: check that it belongs", undefined],
      ["uk.md", 10, 1, "align/length", "This paragraph is 18% of the length its source suggests: check that nothing is left out", [10]],
      ["uk.md", 16, 1, "align/untranslated", "This paragraph reads as Russian, not Ukrainian: translate it", [16]],
      ["uk.md", 16, 1, "glossary/missing", "The source has “Zelenski” but the translation has no “Зеленський”: use the glossary's rendering", [16]],
    ]);
    expect(report.results.find((r) => r.file.endsWith("de.md"))!.diagnostics).toEqual([]);
  });

  it("aligns the sentences inside a merged pair", async () => {
    const [source, target] = await Promise.all([readArticle(join(ROOT, SET, "es.md")), readArticle(join(ROOT, SET, "en.md"))]);
    const merged = alignArticles(source, target, bundledGlossary).links[2]!;
    // "Más de 60 personas resultaron heridas. Los equipos…" became one English sentence.
    expect(merged.sentences?.map((s) => [s.source, s.target])).toEqual([[[0, 1], [0]], [[2], [1]]]);
  });

  it("links the same paragraphs without their sentences when told, as bitext check asks", async () => {
    const [source, target] = await Promise.all([readArticle(join(ROOT, SET, "es.md")), readArticle(join(ROOT, SET, "en.md"))]);
    const whole = alignArticles(source, target, bundledGlossary);
    const bare = alignArticles(source, target, bundledGlossary, { sentences: false });
    expect(whole.links.filter((l) => l.sentences).length).toBeGreaterThan(5);
    expect(bare.links.filter((l) => l.sentences)).toEqual([]);
    expect(bare.links).toEqual(whole.links.map(({ sentences: _, ...link }) => link));
  });
});

describe("the aligner", () => {
  it("finds merges, splits, drops and additions among sentences", () => {
    const src = ["Drones hit Odesa at night.", "Two warehouses burned.", "The governor spoke at length and called for calm.", "Grain prices rose by 5 %.", "Kyiv asked for more air defence."];
    const tgt = ["Des drones ont frappé Odessa la nuit et deux entrepôts ont brûlé.", "Le gouverneur a parlé.", "Il a appelé au calme.", "Les prix du grain ont augmenté de 5 %.", "Kyiv a demandé davantage de défense aérienne."];
    const result = alignUnits(src.map((text) => ({ text })), tgt.map((text) => ({ text })));
    expect(result.map((l) => [l.source, l.target])).toEqual([[[0, 1], [0]], [[2], [1, 2]], [[3], [3]], [[4], [4]]]);
  });

  it("widens its band when the path runs along the edge", () => {
    // 300 source units against 100 target units: the diagonal lies far outside a band of 4.
    const beads = alignBanded(300, 100, [[1, 1], [1, 0], [0, 1]], (_i, _j, di, dj) => (di === 1 && dj === 1 ? 0 : 1), 4);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(100);
    expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it("keeps to a bounded number of cells however long the documents and however much they differ", () => {
    // 30,000 units, every fifth dropped: the band would span 7,200 cells either side of the diagonal.
    const source = Array.from({ length: 30_000 }, (_, i) => i);
    const target = source.filter((i) => i % 5 !== 4);
    const moves = [[1, 1], [1, 0], [0, 1]] as const;
    let calls = 0;
    const beads = alignBanded(source.length, target.length, moves, (i, j, di, dj) => {
      if (++calls > 8 * MAX_CELLS * moves.length) throw new Error("the band outgrew its bound");
      return di === 1 && dj === 1 ? (source[i] === target[j] ? 0 : 3) : 1;
    });
    const pairs = beads.filter((b) => b.source.length === 1 && b.target.length === 1);
    expect(pairs).toHaveLength(24_000);
    expect(pairs.every((b) => source[b.source[0]!] === target[b.target[0]!])).toBe(true);
  }, 60_000);

  // Paragraph k names its own number, a place and a month; the translation drops paragraph 77 and
  // merges 150 and 151. Both lengths are searched in a band around a first, length-only path.
  it.each([300, 4_200])("finds a dropped paragraph and a merge in %i paragraphs", (count) => {
    const places = ["Odesa", "Kharkiv", "Kherson", "Mykolaiv", "Zaporizhzhia", "Dnipro", "Lviv"];
    const months = ["January", "March", "May", "July", "September", "November"];
    const english = (k: number) => `Report ${k + 1} from ${places[k % 7]} came in ${months[k % 6]}: ${k * 37 + 11} people were counted there.`;
    const french = (k: number) => `Le rapport ${k + 1} de ${places[k % 7]} est arrivé : ${k * 37 + 11} personnes y ont été recensées.`;
    const source = Array.from({ length: count }, (_, k) => ({ text: english(k) }));
    const target = Array.from({ length: count }, (_, k) => k).filter((k) => k !== 77 && k !== 151)
      .map((k) => ({ text: k === 150 ? `${french(150)} ${french(151)}` : french(k) }));
    const links = alignUnits(source, target, { level: "paragraph", sourceLang: "en", targetLang: "fr" }).map((l) => [l.source, l.target]);
    expect(links.filter(([s, t]) => s.length !== 1 || t.length !== 1)).toEqual([[[77], []], [[150, 151], [149]]]);
    expect(links).toHaveLength(count - 1);
  }, 60_000);

  // The groups of units the programme scores are forgotten past groupsKept.max and made again
  // when asked for: at 8 (cleared every few rows, a merged group's parts made again mid-way), the
  // links must be the ones all groups kept give, to the cost.
  it.each([
    ["paragraphs of the Declaration, Spanish and English, one dropped", "paragraph" as const, "spa", "eng"],
    ["sentences of the Declaration, German and French", "sentence" as const, "deu_1996", "fra"],
  ])("links %s the same whether it keeps 8 groups or all of them", (_, level, from, to) => {
    const units = (code: string) => declaration(code).blocks.flatMap((b) => (level === "paragraph" ? [b.text] : b.text.split(/(?<=[.;:])\s+/u)))
      .map((text) => ({ text }));
    const source = units(from);
    const target = units(to).filter((_, k) => level !== "paragraph" || k !== 40);
    const options = { level, sourceLang: from.slice(0, 2), targetLang: to.slice(0, 2) };
    const all = alignUnits(source, target, options);
    const kept = groupsKept.max;
    try {
      groupsKept.max = 8;
      expect(alignUnits(source, target, options)).toEqual(all);
    } finally {
      groupsKept.max = kept;
    }
    expect(all.length).toBeGreaterThan(level === "paragraph" ? 80 : 100);
  }, 60_000);
});

describe("bitext align", () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "align", ...args], { cwd: ROOT, encoding: "utf8" });

  it("prints the alignment report of DESIGN.md", () => {
    const result = run([`${SET}/es.md`, `${SET}/en.md`, "--format", "json"]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { version: number; source: unknown; target: unknown; links: { type: string; source: number[]; target: number[]; sourceLines: number[]; targetLines: number[]; score: number }[] };
    expect([report.version, report.source, report.target]).toEqual([1, { file: `${SET}/es.md`, lang: "es" }, { file: `${SET}/en.md`, lang: "en" }]);
    expect(report.links.map((l) => [l.type, l.source, l.target, l.sourceLines, l.targetLines])).toEqual([
      ["1-1", [0], [0], [6], [6]], ["1-1", [1], [1], [8], [8]], ["2-1", [2, 3], [2], [10, 12], [10]], ["1-1", [4], [3], [14], [12]],
      ["1-1", [5], [4], [16], [14]], ["1-0", [6], [], [18], []], ["1-1", [7], [5], [20], [16]],
    ]);
    for (const link of report.links) expect(link.score).toBeGreaterThanOrEqual(0);
  });

  it("prints tab-separated rows and a side-by-side view", () => {
    const tsv = run([`${SET}/es.md`, `${SET}/fr.md`, "--format", "tsv"]).stdout.split("\n");
    expect(tsv[0]).toBe("type\tscore\tsource\ttarget\tsource_text\ttarget_text");
    expect(tsv.filter((row) => row.startsWith("0-1\t"))).toHaveLength(1);
    const view = run([`${SET}/es.md`, `${SET}/fr.md`, "--width", "80"]).stdout.split("\n");
    expect(view[0]).toMatch(/es\.md +│ .*fr\.md$/u);
    expect(view.filter((line) => /^1-2 {2}\d\.\d\d$/u.test(line))).toHaveLength(1);
    expect(Math.max(...view.map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it("refuses a wrong call with one line and exit 2", () => {
    expect([run([`${SET}/es.md`]).status, run([`${SET}/es.md`]).stderr]).toEqual([2, "bitext: bitext align needs two files: the source and its translation\n"]);
    expect(run([`${SET}/es.md`, "missing.md"]).stderr).toBe("bitext: missing.md: no such file or folder\n");
  });
});
