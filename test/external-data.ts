// Data that is not ours to commit (a published article, a benchmark corpus) lives outside the
// repository; a test finds it through an environment variable. Where the data is absent, its
// tests are skipped and say why in their title and on stderr; CI sets BITEXT_REQUIRE_DATA=1, and
// then the absence is a failing test, so CI cannot go green without them.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { it } from "vitest";

export type ExternalData = Readonly<{ path: string; missing: boolean; reason: string }>;

/** `beside` is where the workspace keeps it, relative to the repository's parent folder. */
export function externalData(variable: string, beside: string): ExternalData {
  const path = process.env[variable] || fileURLToPath(new URL(`../../${beside}`, import.meta.url));
  if (existsSync(path)) return { path, missing: false, reason: "" };
  const reason = `${variable}=${path} not found: set ${variable} to a copy of ../${beside} to run these tests`;
  if (process.env.BITEXT_REQUIRE_DATA === "1") {
    it(`has its data (BITEXT_REQUIRE_DATA=1): ${variable}`, () => {
      throw new Error(reason);
    });
  } else {
    process.stderr.write(`skipped: ${reason}\n`);
  }
  return { path, missing: true, reason };
}

/** The title of a test that needs the data: the reason it is skipped, when it is. */
export const titled = (title: string, data: ExternalData) => (data.missing ? `${title} (skipped: ${data.reason})` : title);
