import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { forgetMemos, memo } from "../src/article/block-memo.js";
import { createTranslator } from "../src/i18n/index.js";
import type { Check, TextBlock } from "../src/types.js";
import { checkPaths } from "../src/workspace/check.js";

describe("memo", () => {
  it("computes once per block and keys, the keys compared by identity", () => {
    const block = {};
    const glossary = {};
    let calls = 0;
    const compute = () => ++calls;
    expect(memo(block, ["terms", glossary, "en"], compute)).toBe(1);
    expect(memo(block, ["terms", glossary, "en"], compute)).toBe(1);
    expect(memo(block, ["terms", {}, "en"], compute)).toBe(2);
    expect(memo(block, ["terms", glossary], compute)).toBe(3);
    expect(memo({}, ["terms", glossary, "en"], compute)).toBe(4);
    expect(calls).toBe(4);
  });

  it("computes again once the block's memos are forgotten, and only that block's", () => {
    const [a, b] = [{}, {}];
    let calls = 0;
    const compute = () => ++calls;
    memo(a, ["quotes"], compute);
    memo(b, ["quotes"], compute);
    forgetMemos([a]);
    expect(memo(a, ["quotes"], compute)).toBe(3);
    expect(memo(b, ["quotes"], compute)).toBe(2);
  });
});

describe("a set's memos", () => {
  const dir = mkdtempSync(join(tmpdir(), "bitext-memo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are forgotten once the set is checked: what a rule read from its blocks is not kept", async () => {
    mkdirSync(join(dir, "articles", "story"), { recursive: true });
    writeFileSync(join(dir, "articles", "story", "es.md"), "Primer párrafo.\n\nSegundo párrafo.\n");
    writeFileSync(join(dir, "articles", "story", "en.md"), "First paragraph.\n\nSecond paragraph.\n");
    writeFileSync(join(dir, "articles", "lone.en.md"), "A lone article.\n");
    const KEY = ["test/reads"];
    const seen: TextBlock[] = [];
    const reads: Check<"read"> = {
      id: "test/reads", severity: "info", messages: ["read"], docs: { summary: "", bad: "", good: "" },
      *run({ blocks }) {
        for (const block of blocks) {
          seen.push(block);
          // Read twice within the check: the memo answers the second time.
          expect(memo(block, KEY, () => block.text.length)).toBe(memo(block, KEY, () => -1));
        }
      },
    };
    const report = await checkPaths({ paths: ["articles"], cwd: dir, checks: [reads], glossaries: [], t: createTranslator("en"),
      config: { dir, rules: {}, languages: {}, ignore: [], sourceLang: "es" } });
    expect(report.results.map((r) => r.file).sort()).toEqual(["articles/lone.en.md", "articles/story/en.md", "articles/story/es.md"]);
    expect(seen).toHaveLength(5);
    for (const block of seen) expect(memo(block, KEY, () => "computed again")).toBe("computed again");
  });
});
