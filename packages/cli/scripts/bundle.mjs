// Bundle the `specmark` executable into `bundle/`: one file per entry (the command line and its
// lint worker) plus shared chunks, so that start-up reads a few files instead of resolving and
// compiling hundreds of modules. Run after `tsc -b` (the `build` and `prepack` scripts do).
// Sätteri stays external: it loads a native binary for the platform it is installed on.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/main.js', 'lint-worker': 'dist/check/lint-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22.12',
  external: ['satteri'],
  // Some dependencies are CommonJS and call `require`.
  banner: { js: "import { createRequire as __specmarkRequire } from 'node:module'; const require = __specmarkRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
