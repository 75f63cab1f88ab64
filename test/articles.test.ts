// The article sets we ship: every planted defect is found where it was planted, the Spanish
// sources and the clean paragraphs get nothing.
import { describe, expect, it } from "vitest";
import { checks } from "../src/checks/index.js";
import { createTranslator } from "../src/i18n/index.js";
import { checkPaths } from "../src/workspace/check.js";

const PLANTED = [
  ["kharkiv-underground-school/en.md",14,145,"quotes/unbalanced","”"],
  ["kharkiv-underground-school/en.md",18,1,"glossary/missing","Since February 2022, schools in the city have taught online "],
  ["kharkiv-underground-school/en.md",18,106,"text/whitespace"," ."],
  ["kharkiv-underground-school/fr.md",18,36,"glossary/inconsistent","Kharkov"],
  ["kharkiv-underground-school/fr.md",20,1,"align/untranslated","Los padres consultados por este diario se mostraron aliviado"],
  ["kharkiv-underground-school/uk.md",10,1,"glossary/term","Харьков"],
  ["kharkiv-underground-school/uk.md",20,23,"text/repeated-word","батьки батьки"],
  ["odesa-grain-port/de.md",12,72,"align/numbers","32"],
  ["odesa-grain-port/de.md",14,1,"quotes/unbalanced","„"],
  ["odesa-grain-port/de.md",20,76,"stray/markup","<b>"],
  ["odesa-grain-port/de.md",20,97,"stray/markup","</b>"],
  ["odesa-grain-port/de.md",20,133,"text/whitespace","  "],
  ["odesa-grain-port/en.md",10,54,"glossary/term","Odessa"],
  ["odesa-grain-port/en.md",16,1,"stray/embed","Ports of Odesa region were attacked again. Grain is burning."],
  ["odesa-grain-port/en.md",16,1,"align/extra","Ports of Odesa region were attacked again. Grain is burning."],
  ["odesa-grain-port/en.md",16,62,"stray/embed","pic.twitter.com/Qx7LmR2vZa"],
  ["odesa-grain-port/en.md",18,1,"stray/embed","— Oleh Kiper (@kiperoleg) September 27, 2023"],
  ["odesa-grain-port/en.md",18,1,"align/extra","— Oleh Kiper (@kiperoleg) September 27, 2023"],
  ["odesa-grain-port/en.md",24,75,"text/repeated-word","the the"],
  ["odesa-grain-port/uk.md",10,64,"glossary/term","Одессы"],
  ["odesa-grain-port/uk.md",12,112,"text/sentence-case","уламки"],
  ["zaporizhzhia-inspectors/de.md",20,133,"align/missing",""],
  ["zaporizhzhia-inspectors/en.md",10,17,"glossary/expansion","International Atomic Energy Association (IAEA)"],
  ["zaporizhzhia-inspectors/en.md",10,104,"glossary/term","Zaporozhye"],
  ["zaporizhzhia-inspectors/en.md",12,128,"glossary/term","Kiev"],
  ["zaporizhzhia-inspectors/en.md",16,179,"quotes/misplaced"," ”"],
  ["zaporizhzhia-inspectors/fr.md",12,85,"quotes/style","«"],
  ["zaporizhzhia-inspectors/fr.md",12,105,"quotes/style","»"],
  ["zaporizhzhia-inspectors/fr.md",16,269,"stray/mojibake","Ã©"],
  ["zaporizhzhia-inspectors/fr.md",16,276,"stray/mojibake","Ã©"],
  ["zaporizhzhia-inspectors/fr.md",18,116,"text/whitespace",";"],
  ["zaporizhzhia-inspectors/fr.md",20,130,"glossary/inconsistent","Kiev"],
  ["zaporizhzhia-inspectors/uk.md",12,74,"quotes/style","“"],
  ["zaporizhzhia-inspectors/uk.md",12,94,"quotes/style","”"],
  ["zaporizhzhia-inspectors/uk.md",22,1,"align/length","Реактори станції, що живила Україну, стоять з вересня 2022 р"],
];

describe("the bundled article sets", async () => {
  const report = await checkPaths({ t: createTranslator("en") });
  const found = report.results.flatMap((r) => r.diagnostics.map((d) => [r.file.replace("articles/", ""), d.line, d.column, d.ruleId, d.excerpt.slice(0, 60)]));

  it("are three sets, each a Spanish source with en, fr, de and uk translations (and one in Arabic, written right to left)", () => {
    const files = report.results.map((r) => [r.file.split("/")[1], r.lang, r.source?.split("/")[2]]);
    expect(files).toHaveLength(16);
    for (const set of new Set(files.map(([slug]) => slug))) {
      expect(files.filter(([slug]) => slug === set).map(([, lang, source]) => [lang, source]).sort()).toEqual([
        ...(set === "odesa-grain-port" ? [["ar", "es.md"]] : []), ["de", "es.md"], ["en", "es.md"], ["es", undefined], ["fr", "es.md"], ["uk", "es.md"],
      ]);
    }
  });

  it("show every planted defect and nothing else", () => {
    expect(report.problems).toEqual([]);
    expect(found).toEqual(PLANTED);
  });

  it("plant a defect of every rule's kind", () => {
    // align/stale needs a source-revision in git history, which shipped files cannot carry;
    // test/checks/align-stale.test.ts and test/diff.test.ts make that history in a temporary repo.
    // Rules of XLIFF alone (align/codes) have their defects planted in test/fixtures/xliff.
    const planted = new Set(checks.filter((c) => c.id !== "align/stale" && c.docs.format === undefined).map((c) => c.id));
    expect(new Set(PLANTED.map(([, , , rule]) => rule))).toEqual(planted);
  });
});
