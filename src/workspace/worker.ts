// A worker thread that checks article sets: CPU work spread over the cores.
import { parentPort, workerData } from "node:worker_threads";
import { loadTranslator } from "../i18n/load.js";
import { checkSet, loadForSets, loadLanguageModels, type SetContext, type SetFile } from "./check-set.js";
import { pack } from "./packed-result.js";
import { takeTimings, TIMING } from "./timings.js";

// What checks a set, as check.ts sends it: a context less what can't cross threads (the
// translator, made here from the locale, and custom checks, which run in the main thread).
type Setup = Omit<SetContext, "t" | "checks"> & { locale: string; identify?: boolean };
const setup = workerData as Setup;
// The language models load while the main thread reads the first sets, when any set has translations.
if (setup.identify) loadLanguageModels().catch(() => undefined); // a failure shows where a batch awaits it
const t = await loadTranslator(setup.locale);

parentPort!.on("message", async ({ id, sets }: { id: number; sets: SetFile[][] }) => {
  try {
    await loadForSets(sets);
    const outcomes = sets.map((files) => {
      const { results, problems, view } = checkSet(files, { ...setup, t });
      return { results: results.map(pack), view, problems: problems.map((p) => ({ file: p.file, key: p.key, values: p.values })) };
    });
    parentPort!.postMessage({ id, outcomes, ...(TIMING ? { timings: takeTimings() } : {}) });
  } catch (error) {
    parentPort!.postMessage({ id, failure: String((error as Error).stack ?? error) });
  }
});
