import { loadReaders } from "../src/article/formats.js";

// The library's readers load with its index (src/index.ts); tests that import a module of their
// own and parse an article synchronously need them loaded too, as the command line loads them
// for the files it meets.
await loadReaders();
