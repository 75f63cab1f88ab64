import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/workspace/atomic-write.js";

const folder = () => mkdtempSync(join(tmpdir(), "bitext-atomic-"));

describe("writeFileAtomic with pieces", () => {
  it("writes every piece, in order, however many run ahead of the disk", async () => {
    const dir = folder();
    const pieces = Array.from({ length: 3_000 }, (_, n) => `${n}: ${"Київ — Kyiv, ".repeat(40)}\n`);
    await writeFileAtomic(join(dir, "report.txt"), pieces.values());
    expect(readFileSync(join(dir, "report.txt"), "utf8")).toBe(pieces.join(""));
    expect(readdirSync(dir)).toEqual(["report.txt"]);
  });

  it("leaves the old file, and nothing beside it, when the pieces fail part way", async () => {
    const dir = folder();
    writeFileSync(join(dir, "report.txt"), "old report\n");
    function* failing(): Generator<string> {
      for (let n = 0; n < 500; n++) yield "x".repeat(10_000);
      throw new Error("the reporter failed");
    }
    await expect(writeFileAtomic(join(dir, "report.txt"), failing())).rejects.toThrow("the reporter failed");
    expect(readFileSync(join(dir, "report.txt"), "utf8")).toBe("old report\n");
    expect(readdirSync(dir)).toEqual(["report.txt"]);
  });

  it("says why it cannot write, and leaves nothing behind", async () => {
    const dir = folder();
    await expect(writeFileAtomic(join(dir, "missing", "report.txt"), ["a", "b"].values())).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(dir)).toEqual([]);
  });
});
