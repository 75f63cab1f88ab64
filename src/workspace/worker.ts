// A worker thread that checks article sets: CPU work spread over the cores.
import { parentPort, workerData } from "node:worker_threads";
import { createTranslator } from "../i18n/index.js";
import type { Glossary, RuleSetting } from "../types.js";
import { checkSet, type SetFile } from "./check-set.js";
import type { Config } from "./config.js";

type Setup = {
  glossary: Glossary; config: Config; lang?: string; rules?: Record<string, RuleSetting>; maxProblems?: number; views?: boolean; locale: string;
};
const setup = workerData as Setup;
const t = createTranslator(setup.locale);

parentPort!.on("message", ({ id, files }: { id: number; files: SetFile[] }) => {
  try {
    const { results, problems, view } = checkSet(files, { ...setup, t });
    parentPort!.postMessage({ id, results, view, problems: problems.map((p) => ({ file: p.file, key: p.key, values: p.values })) });
  } catch (error) {
    parentPort!.postMessage({ id, failure: String((error as Error).stack ?? error) });
  }
});
