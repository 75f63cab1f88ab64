// A worker thread that checks article sets: CPU work spread over the cores.
import { parentPort, workerData } from "node:worker_threads";
import { loadReaders } from "../article/formats.js";
import { loadTranslator } from "../i18n/load.js";
import { loadIdentifier } from "../language/identify.js";
import { checkSet, type SetContext, type SetFile } from "./check-set.js";
import { pack } from "./packed-result.js";
import { takeTimings, TIMING } from "./timings.js";

// What checks a set, as check.ts sends it: a context less what can't cross threads (the
// translator, made here from the locale, and custom checks, which run in the main thread).
type Setup = Omit<SetContext, "t" | "checks"> & { locale: string; identify?: boolean };
const setup = workerData as Setup;
// The language models load while the main thread reads the first sets, when any set has translations.
if (setup.identify) loadIdentifier().catch(() => undefined); // a failure shows where a batch awaits it
const t = await loadTranslator(setup.locale);

parentPort!.on("message", async ({ id, sets }: { id: number; sets: SetFile[][] }) => {
  try {
    // A set of several files holds translations, whose sentences may need their language told.
    if (sets.some((files) => files.length > 1)) await loadIdentifier();
    await loadReaders(sets.flatMap((files) => files.map((f) => f.file)));
    const outcomes = sets.map((files) => {
      const { results, problems, view } = checkSet(files, { ...setup, t });
      return { results: results.map(pack), view, problems: problems.map((p) => ({ file: p.file, key: p.key, values: p.values })) };
    });
    parentPort!.postMessage({ id, outcomes, ...(TIMING ? { timings: takeTimings() } : {}) });
  } catch (error) {
    parentPort!.postMessage({ id, failure: String((error as Error).stack ?? error) });
  }
});
