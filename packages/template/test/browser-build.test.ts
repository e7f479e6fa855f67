import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { sourceConditions } from '../../../src/lib/source-conditions.mjs';

test('the main entry bundles for browsers without any Node built-in', async () => {
  const result = (await build({
    configFile: false,
    root: fileURLToPath(new URL('..', import.meta.url)),
    logLevel: 'silent',
    plugins: [sourceConditions()],
    build: { write: false, lib: { entry: fileURLToPath(new URL('../src/index.ts', import.meta.url)), formats: ['es'], fileName: 'template' }, minify: false },
  })) as Rolldown.RolldownOutput[];
  const code = result.flatMap((output) => output.output).map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
  expect(code).toContain('function parseSpec(');
  expect(code).not.toMatch(/from ["']node:|__vite-browser-external|require\(["']fs/);
  // The template travels with the code: inlined by library builds, an asset file in app builds.
  expect(code).toMatch(/"data:text\/markdown;base64,|api-integration-[\w-]+\.md/);
});
