import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError } from "../errors.js";
import type { FileResult, SetView } from "../types.js";
import type { SetFile, SetOutcome } from "./check-set.js";
import { addTimings } from "./timings.js";

const WORKER = fileURLToPath(new URL("./worker.js", import.meta.url));
// Starting a worker (loading bitext into it) costs about as much as checking a dozen sets; below
// this many sets per worker, one thread is faster.
const MIN_SETS_PER_WORKER = 16;

type Outcome = { results: FileResult[]; view?: SetView; problems: { file: string; key: string; values: Record<string, unknown> }[] };
type Reply = { id: number; outcomes?: Outcome[]; failure?: string; timings?: Record<string, number> };

/** How many worker threads suit this many sets: none when one thread will do. */
export function workersFor(sets: number, threads = availableParallelism()): number {
  // Run from TypeScript sources (tests) there is no compiled worker: one thread then.
  if (!existsSync(WORKER)) return 0;
  const n = Math.min(threads, Math.floor(sets / MIN_SETS_PER_WORKER));
  return n >= 2 ? n : 0;
}

export type Pool = Readonly<{
  /** Checks a batch of sets in one worker, each set's outcome in turn. */
  run(sets: readonly (readonly SetFile[])[]): Promise<SetOutcome[]>;
  close(): Promise<void>;
}>;

/** Worker threads that check one set at a time each; a set waits for the first free one. */
export function createPool(count: number, setup: unknown): Pool {
  const idle = Array.from({ length: count }, () => new Worker(WORKER, { workerData: setup }));
  const all = [...idle];
  const waiting: ((worker: Worker) => void)[] = [];
  let next = 0;
  const acquire = () => new Promise<Worker>((resolve) => {
    const worker = idle.pop();
    if (worker) resolve(worker);
    else waiting.push(resolve);
  });
  const release = (worker: Worker) => {
    const waiter = waiting.shift();
    if (waiter) waiter(worker);
    else idle.push(worker);
  };
  return {
    async run(sets) {
      const worker = await acquire();
      const id = next++;
      try {
        return await new Promise<SetOutcome[]>((resolve, reject) => {
          const onMessage = (reply: Reply) => {
            if (reply.id !== id) return;
            worker.off("message", onMessage);
            worker.off("error", reject);
            if (reply.failure) return reject(new Error(reply.failure));
            if (reply.timings) addTimings(reply.timings);
            resolve((reply.outcomes ?? []).map((o) => ({
              results: o.results,
              problems: o.problems.map((p) => new InputError(p.file, p.key, p.values)),
              ...(o.view ? { view: o.view } : {}),
            })));
          };
          worker.on("message", onMessage);
          worker.once("error", reject);
          worker.postMessage({ id, sets });
        });
      } finally {
        release(worker);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
