import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError } from "../errors.js";
import type { FileResult, SetView } from "../types.js";
import type { SetFile, SetOutcome } from "./check-set.js";

const WORKER = fileURLToPath(new URL("./worker.js", import.meta.url));
// Starting a worker (loading bitext into it) costs about as much as checking a dozen sets; below
// this many sets per worker, one thread is faster.
const MIN_SETS_PER_WORKER = 16;

type Reply = { id: number; results?: FileResult[]; view?: SetView; problems?: { file: string; key: string; values: Record<string, unknown> }[]; failure?: string };

/** How many worker threads suit this many sets: none when one thread will do. */
export function workersFor(sets: number, threads = availableParallelism()): number {
  // Run from TypeScript sources (tests) there is no compiled worker: one thread then.
  if (!existsSync(WORKER)) return 0;
  const n = Math.min(threads, Math.floor(sets / MIN_SETS_PER_WORKER));
  return n >= 2 ? n : 0;
}

/** Checks sets on worker threads, each set on the first free one. */
export async function checkOnWorkers(sets: readonly (readonly SetFile[])[], count: number, setup: unknown): Promise<SetOutcome[]> {
  const workers = Array.from({ length: count }, () => new Worker(WORKER, { workerData: setup }));
  const outcomes: SetOutcome[] = new Array(sets.length);
  let next = 0;
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= sets.length) return resolve();
        const id = next++;
        worker.postMessage({ id, files: sets[id] });
      };
      worker.on("message", (reply: Reply) => {
        if (reply.failure) return reject(new Error(reply.failure));
        outcomes[reply.id] = {
          results: reply.results ?? [],
          problems: (reply.problems ?? []).map((p) => new InputError(p.file, p.key, p.values)),
          ...(reply.view ? { view: reply.view } : {}),
        };
        feed();
      });
      worker.on("error", reject);
      feed();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
