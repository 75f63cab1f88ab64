// Node's crypto and worker_threads modules take 8 and 6 ms to load (medians of 11 fresh
// processes), in every run that imports them: most runs (a check with no --fix, --cache or
// --output, on one thread) use neither. Each is loaded here on first use.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;
let threads: typeof import("node:worker_threads") | undefined;

/** node:crypto, loaded the first time it is asked for. */
export const nodeCrypto = (): typeof import("node:crypto") => (crypto ??= require("node:crypto") as typeof import("node:crypto"));

/** node:worker_threads, loaded the first time it is asked for. */
export const workerThreads = (): typeof import("node:worker_threads") =>
  (threads ??= require("node:worker_threads") as typeof import("node:worker_threads"));
