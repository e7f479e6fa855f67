import { createHash } from 'node:crypto';
import { readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const template = await apiTemplate();
const description = (statuses: Record<string, string>): string =>
  JSON.stringify({ openapi: '3.0.3', info: { title: 'Pets', version: '1' }, paths: { '/pets': { get: { operationId: 'listPets', responses: Object.fromEntries(Object.entries(statuses).map(([code, text]) => [code, { description: text }])) } } } });

/** A complete spec whose frontmatter names an API description. */
const naming = (reference: string, seed: number): string => filledSpec(template, seed).replace(/^---\n/, `---\napi:\n  description: ${reference}\n  operations:\n    - GET /pets\n`);

interface CacheEntry {
  hash: string;
  messages: { message: string }[];
  descriptions?: { path: string; hash: string | null; size: number; mtimeMs: number }[];
}

let folder: string;
const cacheFile = (): string => join(folder, 'node_modules/.cache/specmark/check-cache.json');
const readCache = async (): Promise<Record<string, CacheEntry>> => (JSON.parse(await readFile(cacheFile(), 'utf8')) as { files: Record<string, CacheEntry> }).files;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const check = async (): Promise<string> => (await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout;

/** Replace a cached result with one message that only a cache hit can print. */
async function plant(name: string): Promise<void> {
  const cache = JSON.parse(await readFile(cacheFile(), 'utf8')) as { files: Record<string, CacheEntry> };
  const message = { message: `Planted in the cache for ${name}`, severity: 'warning', ruleId: null, source: null, url: null, note: null, line: null, column: null, endLine: null, endColumn: null, messageId: null, data: null };
  cache.files[name]!.messages = [message];
  await writeFile(cacheFile(), JSON.stringify(cache));
}

beforeEach(async () => {
  folder = await tempFolder();
  await writeFiles(folder, { 'a.md': naming('./vendor/pets.json', 1), 'b.md': filledSpec(template, 2), 'vendor/pets.json': description({ '200': 'The pets', '404': 'None' }) });
});

test('a spec’s cached result records the description it was read with; its index is kept in the cache folder by content hash', async () => {
  await check();
  const entries = await readCache();
  const path = join(folder, 'vendor/pets.json');
  const bytes = description({ '200': 'The pets', '404': 'None' });
  expect(entries['a.md']!.descriptions).toEqual([{ path, hash: sha256(bytes), size: bytes.length, mtimeMs: expect.any(Number) }]);
  expect(entries['b.md']!.descriptions).toBeUndefined();
  const stored = await readdir(join(folder, 'node_modules/.cache/specmark/api-descriptions'));
  expect(stored).toEqual([expect.stringMatching(new RegExp(`-${sha256(bytes)}\\.json$`))]);
  const index = JSON.parse(await readFile(join(folder, 'node_modules/.cache/specmark/api-descriptions', stored[0]!), 'utf8'));
  expect(index.operations).toEqual([{ method: 'GET', path: '/pets', operationId: 'listPets', summary: '', deprecated: false, statuses: [{ code: '200', description: 'The pets' }, { code: '404', description: 'None' }], security: [] }]);
});

test('an unchanged description, even touched, leaves the result cached; a changed or removed one checks the spec again', async () => {
  const fresh = await check();
  await plant('a.md');
  await plant('b.md');
  expect(await check()).toContain('Planted in the cache for a.md');
  // Touched, same bytes: the hash says it is unchanged.
  await utimes(join(folder, 'vendor/pets.json'), new Date(), new Date(Date.now() + 10_000));
  const touched = await check();
  expect(touched).toContain('Planted in the cache for a.md');
  // Changed: a.md is checked again; b.md, which names no description, stays cached.
  await writeFile(join(folder, 'vendor/pets.json'), description({ '200': 'The pets', '409': 'Conflict', '429': 'Slow down' }));
  const changed = await check();
  expect(changed).not.toContain('Planted in the cache for a.md');
  expect(changed).toContain('Planted in the cache for b.md');
  expect((await readCache())['a.md']!.descriptions![0]!.hash).toBe(sha256(description({ '200': 'The pets', '409': 'Conflict', '429': 'Slow down' })));
  // Removed: checked again, and the result records the description missing.
  await plant('a.md');
  await rm(join(folder, 'vendor/pets.json'));
  expect(await check()).not.toContain('Planted in the cache for a.md');
  expect((await readCache())['a.md']!.descriptions).toEqual([{ path: join(folder, 'vendor/pets.json'), hash: null, size: -1, mtimeMs: -1 }]);
  // Back again: checked again, as on the first run.
  await plant('a.md');
  await writeFile(join(folder, 'vendor/pets.json'), description({ '200': 'The pets', '404': 'None' }));
  const back = JSON.parse(await check());
  expect(back.files[0]).toEqual(JSON.parse(fresh).files[0]);
});

test('a spec naming a package that is not installed is not cached: installing it changes what it reads', async () => {
  await writeFiles(folder, { 'c.md': naming("'@acme/pets-openapi/pets.json'", 3) });
  await check();
  expect(Object.keys(await readCache()).sort()).toEqual(['a.md', 'b.md']);
  await writeFiles(folder, { 'node_modules/@acme/pets-openapi/package.json': '{"name": "@acme/pets-openapi"}', 'node_modules/@acme/pets-openapi/pets.json': description({ '200': 'OK' }) });
  await check();
  expect((await readCache())['c.md']!.descriptions).toEqual([expect.objectContaining({ path: join(folder, 'node_modules/@acme/pets-openapi/pets.json') })]);
});

test('in worker threads too, each result records its description, read once per thread', async () => {
  const many = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`specs/s${index}.md`, naming('../vendor/pets.json', index + 3)]));
  await writeFiles(folder, many);
  await runCli(folder, ['check', '--cache', '--jobs', '2', '--reporter', 'json']);
  const entries = await readCache();
  for (const name of Object.keys(many)) expect(entries[name]!.descriptions).toEqual([expect.objectContaining({ path: join(folder, 'vendor/pets.json'), hash: sha256(description({ '200': 'The pets', '404': 'None' })) })]);
  expect(await readdir(join(folder, 'node_modules/.cache/specmark/api-descriptions'))).toHaveLength(1);
});
