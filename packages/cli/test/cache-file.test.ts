import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const template = await apiTemplate();
let folder: string;
let fresh: string;
const cachePath = (): string => join(folder, 'node_modules/.cache/specmark/check-cache.json');

beforeEach(async () => {
  folder = await tempFolder();
  await writeFiles(folder, { 'a.md': filledSpec(template, 1).replace('owner: payments-platform', 'owner: 42'), 'b.md': filledSpec(template, 2) });
  fresh = (await runCli(folder, ['check', '--reporter', 'json'])).stdout;
  expect((await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout).toBe(fresh);
});

/** Change the cache file's parsed value and write it back. */
async function plant(change: (cache: { key: string; files: Record<string, { hash: string; messages: unknown[] }> }) => void): Promise<void> {
  const cache = JSON.parse(await readFile(cachePath(), 'utf8'));
  change(cache);
  await writeFile(cachePath(), JSON.stringify(cache));
}

test('a cache entry of the wrong shape is a miss: the file is checked again, and the cache repaired', async () => {
  const broken: ((cache: Parameters<Parameters<typeof plant>[0]>[0]) => void)[] = [
    (cache) => (cache.files['a.md']!.messages = [{ message: 5 }]),
    (cache) => (cache.files['a.md']!.messages = [{ ...(cache.files['a.md']!.messages[0] as object), line: 'six' }]),
    (cache) => (cache.files['a.md']!.messages = [{ ...(cache.files['a.md']!.messages[0] as object), severity: 'fatal' }]),
    (cache) => (cache.files['a.md']!.messages = 'none' as never),
    (cache) => (cache.files['a.md'] = null as never),
    (cache) => (cache.files['b.md']!.hash = 42 as never),
  ];
  for (const change of broken) {
    for (const reporter of ['json', 'stylish']) {
      // Each run repairs the cache: plant the broken entry before each.
      await plant(change);
      const result = await runCli(folder, ['check', '--cache', '--reporter', reporter]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      if (reporter === 'json') expect(result.stdout).toBe(fresh);
    }
  }
  const repaired = JSON.parse(await readFile(cachePath(), 'utf8'));
  expect(Object.keys(repaired.files).sort()).toEqual(['a.md', 'b.md']);
});

test('a cache file of the wrong shape, empty or not JSON: a usable empty cache is not reached by guessing', async () => {
  await writeFile(cachePath(), '');
  expect((await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout).toBe(fresh);
  await writeFile(cachePath(), JSON.stringify({ key: 'from another version', files: {} }));
  expect((await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout).toBe(fresh);
  await writeFile(cachePath(), '{"key": 1}');
  const refused = await runCli(folder, ['check', '--cache']);
  expect(refused).toMatchObject({ code: 2, stdout: '' });
  expect(refused.stderr).toBe(
    'specmark: Cannot use `node_modules/.cache/specmark/check-cache.json` as the cache: it is not a Specmark cache file, and it is not overwritten (remove it, or pass another `--cache-location`).\n',
  );
});

test('--cache-location naming a file that is not a Specmark cache is refused, and the file kept', async () => {
  const packageJson = '{ "name": "mine", "private": true }\n';
  await writeFiles(folder, { 'package.json': packageJson, 'notes.json': 'not JSON at all' });
  for (const name of ['package.json', 'notes.json']) {
    const result = await runCli(folder, ['check', '--cache-location', name]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`specmark: Cannot use \`${name}\` as the cache: it is not a Specmark cache file, and it is not overwritten (remove it, or pass another \`--cache-location\`).\n`);
  }
  expect(await readFile(join(folder, 'package.json'), 'utf8')).toBe(packageJson);
  expect(await readFile(join(folder, 'notes.json'), 'utf8')).toBe('not JSON at all');
  // A cache file of its own is used.
  expect((await runCli(folder, ['check', '--cache-location', 'cache.json', '--reporter', 'json'])).stdout).toBe(fresh);
  expect(JSON.parse(await readFile(join(folder, 'cache.json'), 'utf8'))).toMatchObject({ key: expect.any(String) });
});

test('a cache location that cannot be written: the results are printed, with one line naming the real cause', async () => {
  await writeFiles(folder, { 'plain-file': 'x' });
  const result = await runCli(folder, ['check', '--cache-location', 'plain-file/cache.json']);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 2 files checked');
  expect(result.stderr).toBe('specmark: Cannot write the cache `plain-file/cache.json`: a file is in the way (EEXIST); the results are not cached.\n');
  expect(result.stderr).not.toContain('configuration');
});

test('a cached result does not outlive the repository: a referenced file created since is found', async () => {
  const repository = await tempFolder();
  await mkdir(join(repository, '.git'));
  const spec = filledSpec(template, 3).replace(/(### Reference files\n\n)[^\n]*/, '$1See `src/refunds/client.ts` for the client.');
  await writeFiles(repository, { 'docs/spec.md': spec });
  const before = await runCli(repository, ['check', '--cache', '--reporter', 'json']);
  expect(JSON.parse(before.stdout).files[0].messages.map((message: { message: string }) => message.message)).toEqual([
    'Unexpected missing file `src/refunds/client.ts` in `Reference files`, expected the path of a file in the repository',
  ]);
  await writeFiles(repository, { 'src/refunds/client.ts': '' });
  const after = await runCli(repository, ['check', '--cache', '--reporter', 'json']);
  expect(JSON.parse(after.stdout).files[0].messages).toEqual([]);
});

test('only results that read the repository depend on it: a file added elsewhere leaves the others cached', async () => {
  const repository = await tempFolder();
  await mkdir(join(repository, '.git'));
  const referencing = filledSpec(template, 3).replace(/(### Reference files\n\n)[^\n]*/, '$1See `src/refunds/client.ts` for the client.');
  await writeFiles(repository, { 'docs/referencing.md': referencing, 'docs/plain.md': filledSpec(template, 4), 'src/refunds/client.ts': '' });
  const cacheFile = join(repository, 'node_modules/.cache/specmark/check-cache.json');
  const entries = async (): Promise<Record<string, { hash: string; repository?: string }>> => JSON.parse(await readFile(cacheFile, 'utf8')).files;
  expect((await runCli(repository, ['check', '--cache'])).code).toBe(0);
  const first = await entries();
  expect(first['docs/plain.md']?.repository).toBeUndefined();
  expect(first['docs/referencing.md']?.repository).toMatch(/^\w+$/);
  await writeFiles(repository, { 'src/other.ts': '' });
  expect((await runCli(repository, ['check', '--cache'])).code).toBe(0);
  const second = await entries();
  expect(second['docs/plain.md']).toEqual(first['docs/plain.md']);
  expect(second['docs/referencing.md']?.repository).not.toBe(first['docs/referencing.md']?.repository);
});
