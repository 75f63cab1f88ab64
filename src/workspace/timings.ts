// Where a run's time goes, stage by stage (start-up, glossary, read, parse, align, each rule,
// messages, report), when the BITEXT_TIMING environment variable asks (as ESLint's TIMING does):
// "1" prints a table on standard error after the report, "json" one line of JSON. Worker threads
// measure their own sets and send their times back with the results (so with workers the stages
// add up to more than the run took). What the stages leave of the run's time is finding the
// files, handing sets to workers and waiting for them. When it is unset, nothing is measured.

const mode = process.env.BITEXT_TIMING;
/** Whether stages are timed in this run. */
export const TIMING = mode !== undefined && mode !== "" && mode !== "0";

const totals = new Map<string, number>();

/** Adds `ms` to a stage. */
export function addTime(stage: string, ms: number): void {
  totals.set(stage, (totals.get(stage) ?? 0) + ms);
}

/** Runs `work`, timing it as `stage` when timing is on. */
export function timed<T>(stage: string, work: () => T): T {
  if (!TIMING) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    addTime(stage, performance.now() - start);
  }
}

/** Runs async `work`, timing it as `stage` when timing is on. */
export async function timedAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
  if (!TIMING) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    addTime(stage, performance.now() - start);
  }
}

/** The times so far, and empties them (a worker sends its own with each set). */
export function takeTimings(): Record<string, number> {
  const taken = Object.fromEntries(totals);
  totals.clear();
  return taken;
}

/** Adds another thread's times to this one's. */
export function addTimings(times: Readonly<Record<string, number>>): void {
  for (const [stage, ms] of Object.entries(times)) addTime(stage, ms);
}

/** The times as BITEXT_TIMING asks (a table, slowest first, or a JSON line) of a run that has taken `wall` ms since the process started. */
export function timingReport(wall: number): string {
  const stages = [...totals.values()];
  addTime("finding files, waiting", Math.max(0, wall - stages.reduce((sum, ms) => sum + ms, 0)));
  const times = takeTimings();
  if (mode === "json") return `${JSON.stringify(times)}\n`;
  const rows = Object.entries(times).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max(5, ...rows.map(([stage]) => stage.length));
  const lines = [`${"stage".padEnd(width)}  time (ms)  share`, ...rows.map(([stage, ms]) =>
    `${stage.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${(total > 0 ? (100 * ms) / total : 0).toFixed(1).padStart(4)}%`)];
  return `${lines.join("\n")}\n`;
}
