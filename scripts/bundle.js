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
// says where each set starts), and the n-grams in a Map from n-gram to set, read from a file of
// bytes beside the bundle (dist/bin/eld-extrasmall.bin); ELD's scoring loop reads the pairs where
// it walked each object's keys with for…in (the objects took 10 MB of heap with dictionary
// elements and made detection 8% slower; the pairs take less, and the loop runs several times as
// fast). Loading the model took 130 to 170 ms in every thread that told languages apart when each
// set was an array of its own and the n-grams the keys of one object; one array and a Map, as
// JSON in the module's text, 85 to 130; read as bytes, 60 to 65 (most of it the Map).
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
    const { sets, pairs, offsets } = languageData.ngrams
    for (const bytes of byteNgrams) {
        const set = sets.get(bytes)
        if (set === undefined) continue
        for (let i = offsets[set], end = offsets[set + 1]; i < end; i += 2) langScore[pairs[i]] += pairs[i + 1] + 53
    }
    return langScore
}`;

// The packed model's file, written into dist/bin after the build: four arrays of whole numbers
// (the pairs, the offsets, each n-gram's set, each n-gram's length), each a little-endian
// uint32 count and int32s, then the n-grams' bytes, one after another.
const ELD_MODEL = "eld-extrasmall.bin";
let eldModel;

function packModel(arrays, text) {
  const size = arrays.reduce((n, a) => n + 4 * (a.length + 1), 0);
  const bytes = Buffer.alloc(size + Buffer.byteLength(text, "latin1"));
  let at = 0;
  for (const array of arrays) {
    at = bytes.writeUInt32LE(array.length, at);
    for (const n of array) at = bytes.writeInt32LE(n, at);
  }
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
      if (keys.some((key) => !/^[\x00-\xff]{1,255}$/u.test(key))) throw new Error(`${args.path}: an n-gram bitext cannot pack`);
      eldModel = packModel([sets.flat(), offsets, refs, keys.map((key) => key.length)], keys.join(""));
      return {
        loader: "js",
        contents: `// ELD's model (${args.path.slice(args.path.lastIndexOf("node_modules"))}), packed by scripts/bundle.js
// into ${ELD_MODEL} beside this file: read as bytes, it loads in a fraction of the time the same
// numbers took as JSON in the module's text (which V8 scanned, then parsed).
// Each distinct set of scores once, as [language, score, …] pairs in one array, set k from
// offsets[k] to offsets[k + 1]; each n-gram's set by a Map: what the patched scoring loop reads.
import { readFileSync } from "node:fs";
const bytes = readFileSync(new URL("./${ELD_MODEL}", import.meta.url));
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
let at = 0;
const ints = (Type) => {
  const n = view.getUint32(at, true);
  const out = new Type(n);
  at += 4;
  for (let i = 0; i < n; i++, at += 4) out[i] = view.getInt32(at, true);
  return out;
};
const pairs = ints(Int32Array);
const offsets = ints(Int32Array);
const refs = ints(Int32Array);
const lengths = ints(Uint8Array);
const text = bytes.toString("latin1", at);
const sets = new Map();
for (let i = 0, from = 0; i < lengths.length; from += lengths[i], i++) sets.set(text.slice(from, from + lengths[i]), refs[i]);
export const ngramsData = { ...JSON.parse(${JSON.stringify(JSON.stringify(rest))}), ngrams: { sets, pairs, offsets } };
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
