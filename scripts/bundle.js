// Bundles the command line into dist/cli.js and dist/bin/ (esbuild), after tsc has type-checked
// and compiled the library into dist/. Node resolves and links each ES module file on its own:
// the compiled CLI and its dependencies are several hundred files, which cost bitext --version
// several times a bare node's start-up. Bundled, they are a few files, and what a command does not
// need (another command, a report format, the aligner, XLIFF, publishing) is a chunk loaded only
// by the dynamic import() that asks for it.
import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

// ELD's sentence model is an object literal of 49,553 n-grams, each with its own small object of
// scores by language ({59: 64}); V8 gives each of those an array as long as its largest language
// index, 28 MB in all, in every worker thread. Only 12,588 of them differ: the bundle holds each
// distinct set of scores once, as [language, score, …] pairs in one flat Int32Array (`offsets`
// says where each set starts), and the n-grams in a hash table to their set, all read from a file
// of bytes beside the bundle (dist/bin/eld-extrasmall.bin); ELD's scoring loop reads the pairs
// where it walked each object's keys with for…in (the objects took 10 MB of heap with dictionary
// elements and made detection 8% slower; the pairs take less, and the loop runs several times as
// fast). Loading the model took 130 to 170 ms in every thread that told languages apart when each
// set was an array of its own and the n-grams the keys of one object; one array and a Map, as
// JSON in the module's text, 85 to 130; read as bytes with a Map built of them, 60 to 65 (most of
// it the Map); views of the bytes and a table made ahead of time, a few.
// The n-grams, scores and their order are ELD's own, and so is every sum: test/bundle.test.ts
// holds the bundled detector's languages, reliability and scores to ELD's on the Declaration in
// 29 languages, and test/bench-corpus.test.ts the bundled CLI's findings to the library's.
const ELD_SCORING = `function calculateScores(byteNgrams, languageData) {
    let bytes, lang, thisByte
    let langScore = [...languageData.langScore]
    let baseNgramScore = 53; // In order to reduce DB size we subtract minimum score
    for (bytes in byteNgrams) {
        //frequency = byteNgrams[bytes]
        thisByte = languageData.ngrams[bytes]
        // Most time-consuming loop, do only the strictly necessary inside
        for (lang in thisByte) {
            langScore[lang] += thisByte[lang] + baseNgramScore;
        }
    }
    return langScore
}`;
// ELD gathers a sentence's n-grams as the keys of an object, which it then walks with for…in and
// counts with Object.keys: a Set holds the same strings, once each, two to three times as fast.
const ELD_NGRAMS = `function getByteNgrams(words) {
    let byteNgrams = {}
    let thisBytes
    let j

    for (let key in words) {
        let word = words[key]
        let len = word.length
        if (len > 70) {
            len = 70
        }
        // 4 bytes ngram length, 3 bytes stride
        for (j = 0; j + 4 < len; j += 3) {
            thisBytes = (j === 0 ? ' ' : '') + word.substring(j, j + 4)
            byteNgrams[thisBytes] = true
        }
        thisBytes = (j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' '
        byteNgrams[thisBytes] = true
    }
    return byteNgrams
}`;
const SET_NGRAMS = `function getByteNgrams(words) {
    const byteNgrams = new Set() // bitext's bundle: a Set of the n-grams, not an object's keys
    let thisBytes
    let j
    for (let key = 0; key < words.length; key++) { // words: strToUtf8Bytes's array
        const word = words[key]
        let len = word.length
        if (len > 70) {
            len = 70
        }
        for (j = 0; j + 4 < len; j += 3) {
            thisBytes = (j === 0 ? ' ' : '') + word.substring(j, j + 4)
            byteNgrams.add(thisBytes)
        }
        thisBytes = (j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' '
        byteNgrams.add(thisBytes)
    }
    return byteNgrams
}`;
const ELD_COUNT = "const numNgrams = Object.keys(byteNgrams).length";
const SET_COUNT = "const numNgrams = byteNgrams.size";

// The same sums (whole numbers, so their order does not matter), from the packed pairs.
const PACKED_SCORING = `function calculateScores(byteNgrams, languageData) {
    const langScore = [...languageData.langScore]
    // bitext's bundle: each n-gram's set of scores, and the sets' [language, score, …] pairs.
    const { setOf, pairs, offsets } = languageData.ngrams
    for (const bytes of byteNgrams) {
        const set = setOf(bytes)
        if (set < 0) continue
        for (let i = offsets[set], end = offsets[set + 1]; i < end; i += 2) langScore[pairs[i]] += pairs[i + 1] + 53
    }
    return langScore
}`;

// The packed model's file, written into dist/bin after the build: six little-endian uint32
// counts, then as many int32s each: the pairs, the offsets, each n-gram's set, where each
// n-gram's bytes start (one more: where the last ends) and a hash table of the n-grams (FNV-1a
// of their bytes, open addressing, -1 for an empty slot); then the n-grams' bytes, one after
// another. Loaded, the arrays are views of the file, and the table finds an n-gram without a
// string made for each of the 49,553 (a Map of them took most of the model's load).
const ELD_MODEL = "eld-extrasmall.bin";
let eldModel;

/** FNV-1a over a string's code units (the n-grams are a byte a character); the model's loader is given this very function. */
function hashOf(text) {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

function packModel(pairs, offsets, refs, keys) {
  const starts = [0];
  for (const key of keys) starts.push(starts.at(-1) + key.length);
  let size = 1;
  while (size < 2 * keys.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  keys.forEach((key, n) => {
    let slot = hashOf(key) & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = n;
  });
  const arrays = [pairs, offsets, refs, starts, slots];
  const text = keys.join("");
  const bytes = Buffer.alloc(4 * (arrays.length + 1) + arrays.reduce((n, a) => n + 4 * a.length, 0) + text.length);
  let at = 0;
  for (const array of [...arrays, { length: text.length }]) at = bytes.writeUInt32LE(array.length, at);
  for (const array of arrays) for (const n of array) at = bytes.writeInt32LE(n, at);
  bytes.write(text, at, "latin1");
  return bytes;
}

const compactEld = {
  name: "compact-eld-model",
  setup(plugins) {
    plugins.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/]extrasmall\.js$/ }, async (args) => {
      const { ngramsData } = await import(pathToFileURL(args.path).href);
      const { ngrams, ...rest } = ngramsData ?? {};
      if (typeof ngrams !== "object" || ngrams === null) throw new Error(`${args.path}: no ngramsData.ngrams, ELD's model changed shape`);
      const shared = new Map();
      const keys = [];
      const refs = [];
      for (const [key, scores] of Object.entries(ngrams)) {
        const pairs = Object.entries(scores).flatMap(([lang, score]) => [Number(lang), score]);
        if (pairs.some((n) => !Number.isInteger(n))) throw new Error(`${args.path}: n-gram ${JSON.stringify(key)} has scores bitext cannot pack`);
        const id = JSON.stringify(pairs);
        if (!shared.has(id)) shared.set(id, shared.size);
        keys.push(key);
        refs.push(shared.get(id));
      }
      const sets = [...shared.keys()].map((id) => JSON.parse(id));
      const offsets = [0];
      for (const set of sets) offsets.push(offsets.at(-1) + set.length);
      // The n-grams are ELD's byte strings (a character per UTF-8 byte): Latin-1, a byte each.
      if (keys.some((key) => !/^[\x00-\xff]+$/u.test(key))) throw new Error(`${args.path}: an n-gram bitext cannot pack`);
      eldModel = packModel(sets.flat(), offsets, refs, keys);
      return {
        loader: "js",
        contents: `// ELD's model (${args.path.slice(args.path.lastIndexOf("node_modules"))}), packed by scripts/bundle.js
// into ${ELD_MODEL} beside this file (its layout is described there): read as bytes, it loads in a
// fraction of the time the same numbers took as JSON in the module's text (which V8 scanned, then
// parsed), and of what a Map of the n-grams took to build.
// Each distinct set of scores once, as [language, score, …] pairs in one array, set k from
// offsets[k] to offsets[k + 1]; setOf(n-gram) its set, or -1: what the patched scoring loop reads.
import { readFileSync } from "node:fs";
const file = readFileSync(new URL("./${ELD_MODEL}", import.meta.url));
// A copy of its own, to start on a multiple of four bytes.
const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const counts = Array.from({ length: 6 }, (_, k) => view.getUint32(4 * k, true));
let at = 4 * counts.length;
const int32s = (n) => {
  const out = littleEndian ? new Int32Array(bytes.buffer, bytes.byteOffset + at, n)
    : Int32Array.from({ length: n }, (_, i) => view.getInt32(at + 4 * i, true));
  at += 4 * n;
  return out;
};
const [pairs, offsets, refs, starts, slots] = counts.slice(0, 5).map(int32s);
const keys = new Uint8Array(bytes.buffer, bytes.byteOffset + at, counts[5]);
const mask = slots.length - 1;
${hashOf}
function setOf(ngram) {
  const length = ngram.length;
  for (let slot = hashOf(ngram) & mask; ; slot = (slot + 1) & mask) {
    const n = slots[slot];
    if (n === -1) return -1;
    const from = starts[n];
    if (starts[n + 1] - from !== length) continue;
    let k = 0;
    while (k < length && keys[from + k] === ngram.charCodeAt(k)) k++;
    if (k === length) return refs[n];
  }
}
export const ngramsData = { ...JSON.parse(${JSON.stringify(JSON.stringify(rest))}), ngrams: { setOf, pairs, offsets } };
`,
      };
    });
    // ELD's n-gram gathering and scoring loop, as they are in the version bitext depends on, and
    // as they read the packed model and gather into a Set.
    plugins.onLoad({ filter: /[\\/]eld[\\/]src[\\/]languageDetector\.js$/ }, async (args) => {
      let source = await readFile(args.path, "utf8");
      for (const [name, theirs, ours] of [["calculateScores", ELD_SCORING, PACKED_SCORING], ["getByteNgrams", ELD_NGRAMS, SET_NGRAMS], ["detect's count", ELD_COUNT, SET_COUNT]]) {
        if (source.split(theirs).length !== 2) throw new Error(`${args.path}: ${name} is not the one scripts/bundle.js replaces; ELD changed`);
        source = source.replace(theirs, ours);
      }
      return { loader: "js", contents: source };
    });
  },
};

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(`${root}/dist/bin`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts", "bin/worker": "src/workspace/worker.ts" },
  outdir: "dist",
  chunkNames: "bin/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild's table holds Node back on \p{…} escapes (for Unicode versions newer than some Node
  // knows) and rewrites every such literal as new RegExp(…), built again at each call: a tenth of
  // the rules' time. Node 20 reads them, as the tests show; keep them literals.
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
  // Some dependencies are CommonJS and require() Node's modules; an ES module has no require.
  plugins: [compactEld],
  banner: { js: "import { createRequire as __bitextRequire } from \"node:module\";\nconst require = __bitextRequire(import.meta.url);" },
});
chmodSync(`${root}/dist/cli.js`, 0o755);
if (!eldModel) throw new Error("ELD's model was not bundled: scripts/bundle.js found no eld/src/ngrams/extrasmall.js");
writeFileSync(`${root}/dist/bin/${ELD_MODEL}`, eldModel);

// The worker pool finds the worker beside itself (./worker.js): the chunk that holds it must be in dist/bin.
const pool = Object.entries(result.metafile.outputs).find(([, o]) => Object.keys(o.inputs).includes("src/workspace/pool.ts"));
if (!pool || dirname(pool[0]) !== "dist/bin") {
  throw new Error(`src/workspace/pool.ts was bundled into ${pool ? relative("dist", pool[0]) : "nothing"}, not beside dist/bin/worker.js`);
}
