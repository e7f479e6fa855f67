import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { workerCount } from '../src/check/lint-pool.ts';
import { runCli } from './support/run-cli.ts';
import { bin, spawnCli } from './support/spawn-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

test('`check -r json | head -c 10` ends quietly when the pipe closes early: no EPIPE stack trace, the run\'s exit code', async () => {
  const folder = await tempFolder();
  const draft = (await runCli(folder, ['new', 'api-integration', 'Refunds', '-o', '-'])).stdout.replace('status: draft', 'status: review');
  // Far more than a pipe holds (64 KiB), so the reader is gone while specmark still writes.
  await writeFiles(folder, Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`spec-${index}.md`, draft])));
  expect((await runCli(folder, ['check', '-r', 'json'])).stdout.length).toBeGreaterThan(200_000);
  const script = `"${process.execPath}" "${bin}" check -r json | head -c 10; echo " specmark=\${PIPESTATUS[0]}" >&2`;
  const result = spawnSync('bash', ['-c', script], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
  expect(result.stdout).toBe('{\n  "versi');
  expect(result.stderr).toBe(' specmark=1\n');
});

test('a configuration whose default export never settles is refused after 10 s, naming the file', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'specmark.config.mjs': 'export default await new Promise(() => {});\n', 'spec.md': filledSpec(await apiTemplate(), 1) });
  const started = performance.now();
  const result = spawnCli(folder, ['check']);
  expect(performance.now() - started).toBeGreaterThan(9_000);
  expect(result).toMatchObject({ status: 2, stdout: '' });
  expect(result.stderr).toBe(`specmark: Cannot use configuration \`${join(folder, 'specmark.config.mjs')}\`: its default export did not settle within 10 s.\n`);
}, 40_000);

test('a configuration whose default export rejects, or that throws, is one line naming the file', async () => {
  const folder = await tempFolder();
  for (const source of ['export default Promise.reject(new Error("async boom"));\n', 'export default await Promise.reject(new Error("async boom"));\n', 'throw new Error("async boom");\n']) {
    await writeFiles(folder, { '.remarkrc.mjs': source });
    const result = spawnCli(folder, ['check']);
    expect(result, source).toMatchObject({ status: 2, stdout: '', stderr: `specmark: Cannot use configuration \`${join(folder, '.remarkrc.mjs')}\`: async boom.\n` });
  }
});

test('a configuration that throws something other than an Error, while loading or when read, is one line naming the file', async () => {
  const folder = await tempFolder();
  const sources = ['throw 1;\n', 'export default Promise.reject(1);\n', 'export default { get rules() { throw 1; } };\n', 'export default { rules: { "no-placeholders": ["warn", { get template() { throw 1; } }] } };\n'];
  for (const source of sources) {
    await writeFiles(folder, { 'specmark.config.mjs': source });
    const result = spawnCli(folder, ['check']);
    expect(result, source).toMatchObject({ status: 2, stdout: '', stderr: `specmark: Cannot use configuration \`${join(folder, 'specmark.config.mjs')}\`: it threw \`1\`, not an Error.\n` });
  }
});

test('--jobs is capped at one worker thread per available core, as --help says', async () => {
  expect(workerCount(5000, 500)).toBe(availableParallelism());
  expect(workerCount(5000)).toBe(availableParallelism());
  expect(workerCount(10, 500)).toBe(Math.min(2, availableParallelism()));
  expect(workerCount(10)).toBe(1);
  expect(workerCount(0, 4)).toBe(1);
  const help = await runCli(await tempFolder(), ['check', '--help']);
  expect(help.stdout).toContain('Worker threads, at most one per core (default: one per core when there are many files)');
});
