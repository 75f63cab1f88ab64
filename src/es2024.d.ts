// What bitext uses of ES2024 that Node 20's V8 has: TypeScript's ES2023 library (tsconfig.json),
// which keeps bitext to what Node 20 runs, does not declare it.
interface String {
  /** True when the string holds no lone surrogate. */
  isWellFormed(): boolean;
}
