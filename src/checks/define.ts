import type { Check } from "../types.js";

/** Identity that makes TypeScript hold a check's findings to its declared message ids. */
export function defineCheck<const M extends string>(check: Check<M>): Check<M> {
  return check;
}
