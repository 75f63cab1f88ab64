import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { deferHelperThreads } from "../src/workspace/helper-threads.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MODULE = pathToFileURL(join(ROOT, "dist/workspace/helper-threads.js")).href;

/** What deferHelperThreads returned, and the priority of each thread there was then, and of a worker thread started after. */
type Niceness = { deferred: number; main: number; others: number[]; worker: number };

/** Runs deferHelperThreads in a process of its own (it changes the threads of the one it runs in). */
function inFreshProcess(machine: string): Niceness {
  const script = `
    import { readdirSync, readlinkSync } from "node:fs";
    import { getPriority } from "node:os";
    import { Worker } from "node:worker_threads";
    import { deferHelperThreads } from ${JSON.stringify(MODULE)};
    const deferred = deferHelperThreads(${machine});
    const threads = readdirSync("/proc/self/task").map(Number).filter((id) => id !== process.pid);
    const others = threads.map((id) => getPriority(id));
    // A worker thread started afterwards: which priority does it run at?
    const worker = await new Promise((done, fail) => {
      const w = new Worker('const { parentPort } = require("node:worker_threads"); const { getPriority } = require("node:os"); parentPort.postMessage(getPriority(Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop())));', { eval: true, execArgv: [] });
      w.once("message", (nice) => { done(nice); w.terminate(); });
      w.once("error", fail);
    });
    process.stdout.write(JSON.stringify({ deferred, main: getPriority(), others, worker }));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Niceness;
}

describe("deferHelperThreads", () => {
  it.skipIf(process.platform !== "linux")("on a machine with too few cores, lowers every thread's priority but the main thread's", () => {
    const { deferred, main, others, worker } = inFreshProcess(`{ platform: "linux", cores: 2, nodeOptions: [] }`);
    // V8's pool of four, and the thread that runs its delayed tasks, at least.
    expect(deferred).toBeGreaterThanOrEqual(5);
    expect(main).toBe(0);
    expect(others).toHaveLength(deferred);
    expect(others.every((nice) => nice === main + 10)).toBe(true);
    // The worker, started later, is the main thread's child.
    expect(worker).toBe(main);
  });

  it.skipIf(process.platform !== "linux")("leaves a process started with nice as deferred as it was, and never lowers a thread's nice", () => {
    const niced = spawnSync("nice", ["-n", "15", process.execPath, "--input-type=module", "-e", `
      import { readdirSync } from "node:fs";
      import { getPriority } from "node:os";
      import { deferHelperThreads } from ${JSON.stringify(MODULE)};
      const deferred = deferHelperThreads({ platform: "linux", cores: 2, nodeOptions: [] });
      process.stdout.write(JSON.stringify({ deferred, nice: readdirSync("/proc/self/task").map((id) => getPriority(Number(id))) }));
    `], { encoding: "utf8" });
    expect(niced.status, niced.stderr).toBe(0);
    const result = JSON.parse(niced.stdout) as { deferred: number; nice: number[] };
    // 15 + 10 is past the least priority there is: the helpers go to 19, the main thread stays at 15.
    expect(result.deferred).toBeGreaterThanOrEqual(5);
    expect(result.nice.filter((nice) => nice === 15)).toHaveLength(1);
    expect(result.nice.filter((nice) => nice === 19)).toHaveLength(result.nice.length - 1);
  });

  it.each([
    ["enough cores for the pool and the main thread", `{ platform: "linux", cores: 8, nodeOptions: [] }`],
    ["a pool size chosen by hand", `{ platform: "linux", cores: 2, nodeOptions: ["--v8-pool-size=1"] }`],
  ])("does nothing given %s", (_, machine) => {
    const { deferred, main, others } = inFreshProcess(machine);
    expect(deferred).toBe(0);
    expect(others.length).toBeGreaterThanOrEqual(5);
    expect(others.every((nice) => nice === main)).toBe(true);
  });

  it("does nothing where threads have no nice value of their own", () => {
    expect(deferHelperThreads({ platform: "darwin", cores: 2, nodeOptions: [] })).toBe(0);
    expect(deferHelperThreads({ platform: "win32", cores: 1, nodeOptions: [] })).toBe(0);
  });
});
