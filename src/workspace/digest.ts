import { nodeCrypto } from "./builtins.js";

/** The SHA-256 of a file's bytes, in hex: what --fix compares a file with before it writes. */
export const digest = (bytes: Uint8Array): string => nodeCrypto().createHash("sha256").update(bytes).digest("hex");
