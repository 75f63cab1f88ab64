/** A mapping as a YAML or JSON parser gives it: an object that is not an array. */
export type Plain = Record<string, unknown>;

/** True for a mapping, not a list, a scalar or null. */
export const isPlain = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);
