// Bundle the `specmark` executable into `bundle/`: one file per entry (the command line and its
// lint worker) plus shared chunks, so that start-up reads a few files instead of resolving and
// compiling hundreds of modules. Run after `tsc -b` (the `build` and `prepack` scripts do).
// Sätteri stays external: it loads a native binary for the platform it is installed on.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The MCP server (`specmark mcp`, loaded by a dynamic import) gets zod of its own, from zod's
// CommonJS build: sharing zod's ES modules with the linter would put the parts only the MCP SDK
// uses into chunks that `specmark check` loads too.
const mcpImporter = /[\\/](?:@modelcontextprotocol[\\/]|dist[\\/]mcp[\\/])/;
/** @type {import('esbuild').Plugin} */
const mcpZod = {
  name: 'specmark-mcp-zod',
  setup(plugin) {
    plugin.onResolve({ filter: /^zod(?:\/v4)?$/ }, (args) => (mcpImporter.test(args.importer) ? { path: createRequire(args.importer).resolve(args.path) } : undefined));
  },
};

// jsonc-parser's main build (UMD) requires its own modules at run time, which a bundle cannot
// follow: the bundle takes its ES module build instead.
/** @type {import('esbuild').Plugin} */
const jsoncModule = {
  name: 'specmark-jsonc-module',
  setup(plugin) {
    plugin.onResolve({ filter: /^jsonc-parser$/ }, (args) => ({ path: createRequire(args.importer).resolve('jsonc-parser').replace(/[\\/]umd[\\/]main\.js$/, (found) => found.replace('umd', 'esm')) }));
  },
};

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
  plugins: [mcpZod, jsoncModule],
});
