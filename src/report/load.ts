// The report formats by name, each loaded only when asked for: the command line needs one.
// src/report/index.ts lists them for the library; test/report.test.ts checks both lists agree.
import type { Reporter } from "../types.js";

const LOADERS: Readonly<Record<string, () => Promise<Reporter>>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  sarif: async () => (await import("./sarif.js")).sarif,
  junit: async () => (await import("./junit.js")).junit,
  github: async () => (await import("./github.js")).github,
  markdown: async () => (await import("./markdown.js")).markdown,
  html: async () => (await import("./html.js")).html,
};

export const REPORT_FORMATS: readonly string[] = Object.keys(LOADERS);

/** The reporter of `format`, or undefined when there is none of that name. */
export async function loadReporter(format: string): Promise<Reporter | undefined> {
  return Object.hasOwn(LOADERS, format) ? LOADERS[format]!() : undefined;
}
