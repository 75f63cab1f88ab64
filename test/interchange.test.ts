// What CAT tools and termbases exchange: XLIFF 1.2 and 2.0 in, fixes back out, TBX and CSV
// termbases, and hostile XML refused cleanly.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../src/glossary/load.js";
import type { Report } from "../src/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURES = join(ROOT, "test/fixtures");
const GLOSSARY = join(ROOT, "glossaries/russia-ukraine.yaml");
const bitext = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const findings = (file: string, glossary = GLOSSARY, extra: string[] = []) => {
  const run = bitext(["check", file, "--glossary", glossary, "--format", "json", ...extra]);
  const report = JSON.parse(run.stdout) as Report;
  return report.results.flatMap((r) => r.diagnostics.map((d) => [d.line, d.column, d.ruleId, d.unit, d.excerpt.slice(0, 12)]));
};

describe("XLIFF in", () => {
  // The planted defects, each on its <target>'s line: a deprecated term, a changed number, an
  // unclosed quotation, a target left in the source language, a dropped inline code, a source
  // term whose rendering is missing. The units without a defect (the title, a heading, one with
  // entities and codes, one marked translate="no", one not yet translated) get nothing.
  it.each([
    ["XLIFF 2.0", "xliff/odesa-es-en.xlf", [14, 20, 26, 38, 44, 50], [70, 96, 17, 17, 17, 17]],
    ["XLIFF 1.2", "xliff/odesa-es-en.v12.xlf", [12, 16, 20, 28, 32, 36], [89, 113, 36, 36, 36, 36]],
  ])("%s: every planted defect on its target's line, nothing elsewhere", (_, file, lines, columns) => {
    const [odessa, number, quote, copied, code, term] = lines.map((line, n) => [line, columns[n]]);
    expect(findings(join(FIXTURES, file))).toEqual([
      [...odessa!, "glossary/term", "p1", "Odessa"],
      [...number!, "align/numbers", "p2", "32"],
      [...quote!, "quotes/unbalanced", "p3", "“"],
      [...copied!, "align/untranslated", "p4", "Desde que Mo"],
      [...copied!, "glossary/missing", "p4", "Desde que Mo"],
      [...code!, "align/codes", "p5", "The Russian "],
      [...term!, "glossary/missing", "p6", "The Ukrainia"],
    ]);
  });

  it("tells a target written in the source's language, not copied from it (the language models load for XLIFF)", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-xliff-"));
    const unit = (id: string, source: string, target: string) =>
      `    <unit id="${id}"><segment><source>${source}</source><target>${target}</target></segment></unit>`;
    writeFileSync(join(dir, "en.xlf"), [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en">`,
      `  <file id="f1">`,
      unit("u1", "El alcalde de la ciudad dijo el martes que los ataques con drones no causaron víctimas entre la población civil.",
        "El alcalde de la ciudad afirmó el martes que los ataques con drones no causaron ninguna víctima entre la población civil."),
      unit("u2", "Las autoridades regionales informaron de daños en varias viviendas del centro de la ciudad.",
        "The regional authorities reported damage to several houses in the centre of the city."),
      `  </file>`,
      `</xliff>`,
    ].join("\n"));
    const run = bitext(["check", "en.xlf", "--format", "json"], dir);
    const diagnostics = (JSON.parse(run.stdout) as Report).results[0]!.diagnostics;
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.unit, d.message])).toEqual([
      [4, "align/untranslated", "u1", "This paragraph reads as Spanish, not English: translate it"],
    ]);
  });

  it("reports units not yet translated only when asked", () => {
    const asked = findings(join(FIXTURES, "xliff/odesa-es-en.xlf"), GLOSSARY, ["--xliff-untranslated"]);
    expect(asked.filter(([, , , unit]) => unit === "p9")).toEqual([[68, 9, "align/untranslated", "p9", ""]]);
    const run = bitext(["check", join(FIXTURES, "xliff/odesa-es-en.v12.xlf"), "--xliff-untranslated", "--glossary", GLOSSARY, "--format", "json"]);
    const messages = (JSON.parse(run.stdout) as Report).results[0]!.diagnostics.filter((d) => d.unit === "p9").map((d) => d.message);
    expect(messages).toEqual(["Unit p9 is not translated yet: translate it"]);
  });

  it("finds the same defects with a TBX termbase, and with a CSV glossary (which has no deprecated terms: the term is missing instead)", () => {
    const yaml = findings(join(FIXTURES, "xliff/odesa-es-en.xlf"));
    expect(findings(join(FIXTURES, "xliff/odesa-es-en.xlf"), join(FIXTURES, "glossary/russia-ukraine.tbx"))).toEqual(yaml);
    const csv = findings(join(FIXTURES, "xliff/odesa-es-en.xlf"), join(FIXTURES, "glossary/russia-ukraine.csv"));
    expect(csv).toEqual([[14, 17, "glossary/missing", "p1", "Russia launc"], ...yaml.slice(1)]);
  });

  it("carries each finding's unit into JSON and SARIF", () => {
    const sarif = JSON.parse(bitext(["check", join(FIXTURES, "xliff/odesa-es-en.xlf"), "--glossary", GLOSSARY, "--format", "sarif"]).stdout) as
      { runs: { results: { properties?: { unit: string }; locations: { logicalLocations?: { name: string; kind: string }[] }[] }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => [r.properties?.unit, r.locations[0]!.logicalLocations?.[0]?.name])).toEqual([
      ["p1", "p1"], ["p2", "p2"], ["p3", "p3"], ["p4", "p4"], ["p4", "p4"], ["p5", "p5"], ["p6", "p6"],
    ]);
  });

  it("is found in article-set folders and with --changed-since, beside Markdown", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-xliff-"));
    mkdirSync(join(dir, "articles/odesa"), { recursive: true });
    cpSync(join(ROOT, "articles/odesa-grain-port/es.md"), join(dir, "articles/odesa/es.md"));
    cpSync(join(FIXTURES, "xliff/odesa-es-en.xlf"), join(dir, "articles/odesa/odesa-es-en.xlf"));
    const run = bitext(["check", "--glossary", GLOSSARY, "--format", "json"], dir);
    expect((JSON.parse(run.stdout) as Report).results.map((r) => [r.file, r.lang, r.diagnostics.length])).toEqual([
      ["articles/odesa/es.md", "es", 0], ["articles/odesa/odesa-es-en.xlf", "en", 7],
    ]);
  });
});

describe("fixes back out", () => {
  it("rewrites only the target text it fixes, byte for byte elsewhere, escaping what XML needs", () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-xliff-fix-"));
    const original = readFileSync(join(FIXTURES, "xliff/odesa-es-en.xlf"), "utf8");
    writeFileSync(join(dir, "odesa.xlf"), original);
    writeFileSync(join(dir, "terms.yaml"), ["terms:", "  - id: odesa", "    en: { use: Odesa, avoid: [Odessa] }",
      "  - id: rd", "    en: { use: R&D, avoid: [RnD] }", "    es: { use: I+D }", ""].join("\n"));
    writeFileSync(join(dir, "rd.xlf"), original.replace("Las escuelas", "Las escuelas").replace("<target>The ports &amp; terminals", "<target>RnD said the ports &amp; terminals"));
    const run = bitext(["check", "odesa.xlf", "rd.xlf", "--glossary", "terms.yaml", "--fix", "--format", "json"], dir);
    expect(run.stderr).toBe("bitext: Fixed 3 problems in 2 files\n");
    expect(readFileSync(join(dir, "odesa.xlf"), "utf8")).toBe(original.replace("facilities in Odessa,", "facilities in Odesa,"));
    expect(readFileSync(join(dir, "rd.xlf"), "utf8")).toBe(original.replace("facilities in Odessa,", "facilities in Odesa,")
      .replace("<target>The ports &amp; terminals", "<target>R&amp;D said the ports &amp; terminals"));
  });
});

describe("termbases", () => {
  const yaml = async () => loadGlossary(GLOSSARY);
  const entries = (g: Awaited<ReturnType<typeof loadGlossary>>, fields: readonly ("use" | "also" | "avoid")[]) => g.terms.map((t) => [t.id, t.note,
    Object.fromEntries(["en", "es", "fr", "de", "uk", "ru"].filter((l) => t.langs[l]).map((l) => [l, fields.map((f) => t.langs[l]![f])]))]);

  it("loads the TBX export of the bundled glossary to the same terms as the YAML", async () => {
    const tbx = await loadGlossary(join(FIXTURES, "glossary/russia-ukraine.tbx"));
    expect(tbx.names).toEqual(["Russia–Ukraine war coverage"]);
    expect(entries(tbx, ["use", "also", "avoid"])).toEqual(entries(await yaml(), ["use", "also", "avoid"]));
  });

  it("loads the CSV export to the same terms, their use and accepted forms", async () => {
    const csv = await loadGlossary(join(FIXTURES, "glossary/russia-ukraine.csv"));
    expect(entries(csv, ["use", "also"])).toEqual(entries(await yaml(), ["use", "also"]));
  });

  it("reads TBX 2019 in both its styles, preferred, admitted, deprecated and superseded, regional tags included", async () => {
    const g = await loadGlossary(join(FIXTURES, "glossary/termbase-2019.tbx"));
    expect(g.terms.map((t) => [t.id, t.line, t.note, t.langs])).toEqual([
      ["sbu", 9, "Ukraine's security service.", {
        "en-gb": { use: "SBU", also: ["Security Service of Ukraine"], avoid: [], except: [], expansion: [], forms: [] },
        en: { use: "SBU", also: ["Security Service of Ukraine"], avoid: [], except: [], expansion: [], forms: [] },
        de: { use: "SBU", also: [], avoid: ["Ukrainischer Geheimdienst"], except: [], expansion: [], forms: [] },
      }],
      ["mykolaiv", 32, "The Ukrainian spelling.", { en: { use: "Mykolaiv", also: [], avoid: ["Nikolaev"], except: [], expansion: [], forms: [] } }],
    ]);
  });

  it("reads CSV and TSV with quoted fields, commas, line breaks and a BOM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-csv-"));
    writeFileSync(join(dir, "terms.csv"), "\uFEFFen-GB,es,note\r\n\"Kyiv\",\"Kiev|Kyiv\",\"A note, with a comma\nand a line break\"\r\nOdesa,,\r\n");
    writeFileSync(join(dir, "terms.tsv"), "en\tfr\nKharkiv\tKharkiv|Kharkov\n");
    const csv = await loadGlossary(join(dir, "terms.csv"));
    expect(csv.terms.map((t) => [t.id, t.line, t.note, Object.keys(t.langs), t.langs["es"]?.also])).toEqual([
      ["row-2", 2, "A note, with a comma\nand a line break", ["en-gb", "es", "en"], ["Kyiv"]], ["row-4", 4, undefined, ["en-gb", "en"], undefined],
    ]);
    expect((await loadGlossary(join(dir, "terms.tsv"))).terms[0]!.langs["fr"]).toMatchObject({ use: "Kharkiv", also: ["Kharkov"] });
  });

  it.each([
    ["a tag closed out of order", "terms.tbx", "<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>Kyiv</tig></langSet></termEntry></body></text></martif>",
      "terms.tbx: line 1: not well-formed XML: unexpected close tag."],
    ["a DTD with entities", "terms.tbx", "<!DOCTYPE martif [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<martif/>",
      "terms.tbx: line 1: declares entities in its DTD: bitext reads no DTD, so that no entity can expand or reach outside the file"],
    ["another XML vocabulary", "terms.tbx", "<glossary/>", "terms.tbx: is not a TBX termbase: its root element is <glossary>, not <martif> or <tbx>"],
    ["a header that is not language tags", "terms.csv", "en,spanish\nKyiv,Kiev\n", "terms.csv: line 1: the header names “spanish”: every column is a language tag (en, es, en-GB), or id, or note"],
    ["a quote left open", "terms.csv", "en,es\nKyiv,\"Kiev\n", "terms.csv: line 2: Quote Not Closed: the parsing is finished with an opening quote at line 2"],
  ] as const)("refuses %s (%s) with its line, exit 2", (_, name, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-badterms-"));
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, "en.md"), "Drones over Kyiv.\n");
    const run = bitext(["check", "en.md", "--glossary", name], dir);
    expect([run.status, run.stderr]).toEqual([2, `bitext: ${message}\n`]);
  });
});

describe("hostile XML", () => {
  const laughs = ["<?xml version=\"1.0\"?>", "<!DOCTYPE xliff [", "<!ENTITY a \"lol\">",
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`), "]>",
    "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"1\"><segment><source>&j;</source><target>&j;</target></segment></unit></file></xliff>"].join("\n");
  it.each([
    ["an entity expansion bomb", "bomb.xlf", laughs, "line 2: declares a DTD (<!DOCTYPE): XLIFF needs none, and bitext reads none, so that no entity can expand or reach outside the file"],
    ["an external entity", "xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"1\"><segment><source>a</source><target>&x;</target></segment></unit></file></xliff>",
      "line 2: declares a DTD (<!DOCTYPE): XLIFF needs none, and bitext reads none, so that no entity can expand or reach outside the file"],
    ["an undeclared entity", "entity.xlf", "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"1\"><segment><source>a</source><target>&nbsp;</target></segment></unit></file></xliff>",
      "line 1: not well-formed XML: undefined entity &nbsp; (XML knows only &amp; &lt; &gt; &quot; &apos;: write the character itself)"],
    ["10,000 nested elements", "deep.xlf", `<xliff version="2.0" srcLang="en" trgLang="fr">${"<a>".repeat(10_000)}${"</a>".repeat(10_000)}</xliff>`, "line 1: elements nest more than 100 deep"],
    ["a file over 32 MB", "huge.xlf", (file: string) => {
      writeFileSync(file, "");
      truncateSync(file, 100 * 1024 * 1024);
    }, "is 100 MB; bitext reads XLIFF files of at most 32 MB"],
    ["invalid UTF-8", "latin1.xlf", Buffer.from([...Buffer.from("<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><!-- "), 0xe9, ...Buffer.from(" --></xliff>\n")]),
      "is not valid UTF-8 (line 1): save it as UTF-8"],
    ["not XLIFF at all", "other.xlf", "<html><body>hello</body></html>", "is not an XLIFF file: its root element is <html>"],
  ] as const)("%s: one clear line, exit 2, the other files still checked", (_, name, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), "bitext-hostile-xml-"));
    if (typeof content === "function") content(join(dir, name));
    else writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, "fine-en.md"), "Drones flew over Kiev.\n");
    const run = bitext(["check", name, "fine-en.md", "--glossary", GLOSSARY, "--format", "json"], dir);
    expect([run.status, run.stderr]).toEqual([2, `bitext: ${name}: ${message}\n`]);
    expect((JSON.parse(run.stdout) as Report).results.map((r) => [r.file, r.diagnostics.length])).toEqual([["fine-en.md", 1]]);
  });
});
