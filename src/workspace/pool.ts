import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { InputError } from "../errors.js";
import { workerThreads } from "./builtins.js";
import type { SetView } from "../types.js";
import type { SetFile, SetOutcome } from "./check-set.js";
import { type Packed, PackedResult } from "./packed-result.js";
import { addTimings } from "./timings.js";

const WORKER = fileURLToPath(new URL("./worker.js", import.meta.url));
// Starting a worker (loading bitext into it) costs about as much as checking a dozen sets; below
// this many sets per worker, one thread is faster.
const MIN_SETS_PER_WORKER = 16;
// A worker's old and young generations, at most. Left alone, V8 lets a busy worker's heap grow to
// several times what it holds (about 32 MB: bitext, its language models and a batch). On 1,000
// sets with two workers: no limits, 513 MB peak; 80 and 24 MB, 289 MB for 1.11x the time; 64 MB
// old or 12 MB young, 1.2x. A set too big for this is checked in the main thread: check.ts sends
// none over LARGE_SET, and runs again, there, a batch whose worker ran out.
const WORKER_HEAP_MB = 80;
const WORKER_YOUNG_MB = 24;
/** The most bytes a set sent to a worker may hold (some 250 paragraphs a file in five files); larger ones are checked in the main thread. */
export const LARGE_SET = 256 * 1024;

/** A worker ran out of memory on a batch; the pool has replaced it. */
export class WorkerOutOfMemory extends Error {}

type Outcome = { results: Packed[]; view?: SetView; problems: { file: string; key: string; values: Record<string, unknown> }[] };
type Reply = { id: number; outcomes?: Outcome[]; failure?: string; timings?: Record<string, number> };

/**
 * How many worker threads suit this many sets (`aligned`: some have translations to align):
 * none when one thread will do. `threads` is what the user asked for, if anything; `bytes(limit)`
 * tells how large the input is, as far as `limit` (asked only where that decides).
 */
export function workersFor(sets: number, threads: number | undefined, aligned: boolean, bytes: (limit: number) => number): number {
  // Run from TypeScript sources (tests) there is no compiled worker: one thread then.
  if (!existsSync(WORKER)) return 0;
  return workerCount(sets, threads, aligned, availableParallelism(), () => bytes(LONE_BYTES_FOR_WORKERS) >= LONE_BYTES_FOR_WORKERS);
}

// Lone articles, on two cores, pay for two workers' start from about this much text on: two
// workers took 1.0 of one thread's time on 18 MB of long articles, 0.90 on 37 MB and 0.69 on 74.
const LONE_BYTES_FOR_WORKERS = 32 * 1024 * 1024;
// Sets with translations, on two cores, from about this many on: two workers took 1.11 of one
// thread's time on 40 of the benchmark's sets, 1.0 on 120, 0.93 on 300 and 0.80 to 0.88 on 1,000.
const ALIGNED_SETS_FOR_WORKERS = 150;

/**
 * workersFor on a machine with this many cores; `large()`: the lone articles hold
 * LONE_BYTES_FOR_WORKERS or more (asked only where that decides).
 */
export function workerCount(sets: number, threads: number | undefined, aligned: boolean, cores: number, large: () => boolean = () => false): number {
  const n = Math.min(threads ?? cores, Math.floor(sets / MIN_SETS_PER_WORKER));
  if (n < 2) return 0;
  // On two cores a one-thread run keeps about 1.25 busy (V8's compiler and collector threads), and
  // each worker compiles bitext again: lone articles took 1.1 to 1.25 times as long in two workers
  // as in one thread, until they are large enough (an archive) that checking outweighs starting.
  // Sets with translations, where aligning and telling languages apart outweigh that, pay off
  // there from about 150 sets (ALIGNED_SETS_FOR_WORKERS).
  if (threads === undefined && cores <= 2 && (aligned ? sets < ALIGNED_SETS_FOR_WORKERS : !large())) return 0;
  return n;
}

export type Pool = Readonly<{
  /** Checks a batch of sets in one worker, each set's outcome in turn. */
  run(sets: readonly (readonly SetFile[])[]): Promise<SetOutcome[]>;
  close(): Promise<void>;
}>;

/**
 * Worker threads that check one batch at a time each; a batch waits for the first free one.
 * `heapMb` bounds each worker's old generation (tests make it small).
 */
export function createPool(count: number, setup: unknown, heapMb = WORKER_HEAP_MB): Pool {
  const all = new Set<Worker>();
  // Why each worker stopped, if it did: its error comes before its exit.
  const failures = new WeakMap<Worker, Error & { code?: string }>();
  const start = () => {
    const worker = new (workerThreads().Worker)(WORKER, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on("error", (error) => failures.set(worker, error));
    all.add(worker);
    return worker;
  };
  const replace = (worker: Worker) => {
    all.delete(worker);
    return start();
  };
  const idle = Array.from({ length: count }, start);
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
      let worker = await acquire();
      // A worker that stopped while idle would never answer.
      if (worker.threadId === -1) worker = replace(worker);
      const id = next++;
      try {
        return await new Promise<SetOutcome[]>((resolve, reject) => {
          const onExit = () => {
            worker.off("message", onMessage);
            const failure = failures.get(worker);
            if (failure?.code !== "ERR_WORKER_OUT_OF_MEMORY") return reject(failure ?? new Error("a worker thread stopped"));
            // Another takes its place, and the batch is the caller's to check.
            worker = replace(worker);
            reject(new WorkerOutOfMemory(failure.message));
          };
          const onMessage = (reply: Reply) => {
            if (reply.id !== id) return;
            worker.off("message", onMessage);
            worker.off("exit", onExit);
            if (reply.failure) return reject(new Error(reply.failure));
            if (reply.timings) addTimings(reply.timings);
            resolve((reply.outcomes ?? []).map((o) => ({
              results: o.results.map((r) => new PackedResult(r)),
              problems: o.problems.map((p) => new InputError(p.file, p.key, p.values)),
              ...(o.view ? { view: o.view } : {}),
            })));
          };
          worker.on("message", onMessage);
          worker.once("exit", onExit);
          worker.postMessage({ id, sets });
        });
      } finally {
        release(worker);
      }
    },
    async close() {
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
