import { build } from 'esbuild';
import { expect, test } from 'vitest';

/** Bundle an entry for browsers (a Web Worker) and list the Node built-ins its import graph reaches. */
async function nodeBuiltinsReached(entry: string): Promise<string[]> {
  const reached = new Set<string>();
  await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    conditions: ['@specmark/source', 'browser'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-node-builtins',
        setup(context) {
          context.onResolve({ filter: /^node:|^(fs|path|url|os|crypto|stream|util|module|child_process|worker_threads|perf_hooks)$/ }, (args) => {
            reached.add(`${args.path} ← ${args.importer.replace(/^.*node_modules\//, '')}`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return [...reached].sort();
}

test('the preset and its rules reach no Node built-in except secretlint’s `node:path`', async () => {
  expect(await nodeBuiltinsReached('../src/index.ts')).toEqual([
    // secretlint's recommended preset imports `node:path` at the top (used for file names of
    // GCP key files only) and `node:fs` lazily for `.p12` files; the rule passes `.md` text.
    'node:fs ← @secretlint/secretlint-rule-preset-recommend/module/index.js',
    'node:path ← @secretlint/secretlint-rule-preset-recommend/module/index.js',
  ]);
});

test('the docs entry reaches no Node built-in', async () => {
  expect(await nodeBuiltinsReached('../src/docs.ts')).toEqual([]);
});
