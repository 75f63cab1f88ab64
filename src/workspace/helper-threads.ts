// V8 collects garbage and compiles hot code on a pool of helper threads: four, whatever the
// machine (node --v8-pool-size). With fewer cores than the main thread and those four, they take
// turns with the thread that checks: on two cores, a check of 600 articles was switched out
// about 350 times a run, and took 1.2 times as long as with a pool of one (medians of nine runs
// each, in turn). A process can't shrink its pool once started, but on Linux each thread has a
// nice value of its own: with the helpers' raised, the checking thread keeps its core and they
// take what is left. Worker threads started afterwards are the main thread's children and keep
// its priority.
import { readdirSync } from "node:fs";
import { availableParallelism, getPriority, setPriority } from "node:os";

/** Node's default --v8-pool-size. */
const POOL_SIZE = 4;
/** How much less the helpers' turn is worth: nice 10 gets about a tenth of nice 0's share. */
const DEFER_BY = 10;
const LEAST_PRIORITY = 19;

export type Machine = Readonly<{
  platform: NodeJS.Platform;
  cores: number;
  /** The process's options and NODE_OPTIONS, where a --v8-pool-size chosen by hand would be. */
  nodeOptions: readonly string[];
}>;

const thisMachine = (): Machine => ({
  platform: process.platform,
  cores: availableParallelism(),
  nodeOptions: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/u)],
});

/**
 * Lowers the priority of every thread of this process but the main one, when the machine has
 * too few cores for V8's helper threads and the main thread at once and nobody chose the pool's
 * size. Returns how many threads were deferred. Only for the command line: a library must not
 * change its host's threads.
 */
export function deferHelperThreads(machine: Machine = thisMachine()): number {
  if (machine.platform !== "linux" || machine.cores > POOL_SIZE) return 0;
  if (machine.nodeOptions.some((option) => option.startsWith("--v8-pool-size"))) return 0;
  let tasks: string[];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return 0; // no /proc: nothing to do
  }
  const nice = Math.min(LEAST_PRIORITY, getPriority() + DEFER_BY);
  let deferred = 0;
  for (const task of tasks) {
    const id = Number(task);
    if (id === process.pid) continue;
    try {
      if (getPriority(id) >= nice) continue; // already as deferred (a process started with nice)
      setPriority(id, nice);
      deferred++;
    } catch {
      // The thread ended meanwhile.
    }
  }
  return deferred;
}
