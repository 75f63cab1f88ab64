// The bundled command line (scripts/bundle.js) packs ELD's sentence model to hold each distinct
// score object once: the packed model must tell every text's language with the very scores the
// library's own does.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { declaration, MAIN } from "./real-world/udhr.js";

const BIN = fileURLToPath(new URL("../dist/bin/", import.meta.url));
type Eld = { detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean } };

describe("ELD's model, packed in the bundle", () => {
  it("scores every text as the library's model does: the Declaration in 29 languages, by paragraph and by piece", async () => {
    const chunk = readdirSync(BIN).find((name) => /^static\.extrasmall-\w+\.js$/u.test(name));
    expect(chunk).toBeDefined();
    const packed = (await import(pathToFileURL(join(BIN, chunk!)).href) as { eld: Eld }).eld;
    const library = (await import("eld/extrasmall")).eld as Eld;
    const texts = Object.values(MAIN).flatMap((code) => declaration(code).blocks.flatMap((b) => [b.text, b.text.slice(0, 60), b.text.slice(-30)]));
    expect(texts.length).toBeGreaterThan(3000);
    let reliable = 0;
    for (const text of texts) {
      const [a, b] = [packed.detect(text), library.detect(text)];
      expect([a.language, a.isReliable(), a.getScores()], text).toEqual([b.language, b.isReliable(), b.getScores()]);
      if (b.isReliable()) reliable++;
    }
    expect(reliable).toBeGreaterThan(texts.length / 2);
  });
});
