// What a benchmark needs from outside the repository (a corpus, a tool to compare with): when it
// is not there, one line says what is missing and how to get it, and the benchmark exits 2.
import { existsSync } from "node:fs";

export function requirePath(path: string, what: string, how: string): string {
  if (existsSync(path)) return path;
  process.stderr.write(`bench: ${what} not found at ${path}: ${how}\n`);
  process.exit(2);
}
