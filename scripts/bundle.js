// Bundles the command line into dist/cli.js and dist/bin/ (esbuild), after tsc has type-checked
// and compiled the library into dist/. Node resolves and links each ES module file on its own:
// the compiled CLI and its dependencies are several hundred files, which cost bitext --version
// several times a bare node's start-up. Bundled, they are a few files, and what a command does not
// need (another command, a report format, the aligner, XLIFF, publishing) is a chunk loaded only
// by the dynamic import() that asks for it.
import { chmodSync, rmSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

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
  banner: { js: "import { createRequire as __bitextRequire } from \"node:module\";\nconst require = __bitextRequire(import.meta.url);" },
});
chmodSync(`${root}/dist/cli.js`, 0o755);

// The worker pool finds the worker beside itself (./worker.js): the chunk that holds it must be in dist/bin.
const pool = Object.entries(result.metafile.outputs).find(([, o]) => Object.keys(o.inputs).includes("src/workspace/pool.ts"));
if (!pool || dirname(pool[0]) !== "dist/bin") {
  throw new Error(`src/workspace/pool.ts was bundled into ${pool ? relative("dist", pool[0]) : "nothing"}, not beside dist/bin/worker.js`);
}
