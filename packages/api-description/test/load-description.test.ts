import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ApiIndex } from '@specmark/api-description';
import { loadDescription, locateDescription, type DescriptionFile } from '@specmark/api-description/node';
import { folderWith } from './support/temp-folder.ts';

const pets = (paths: string): string => `openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths:\n${paths}`;

/** The operations of a loaded description as `METHOD /path codes`, or its problem. */
async function summary(reference: string, from: string): Promise<string[] | { message: string; line?: number; column?: number }> {
  const loaded = await loadDescription(reference, { from });
  if (!loaded.ok) return loaded.problem;
  return loaded.value.index.operations.map((operation) => `${operation.method} ${operation.path} ${operation.statuses.map((status) => `${status.code}:${status.description}`).join(',')}`);
}

test('relative $refs: responses in another file, a path item in another file, and a file that refers back', async () => {
  const folder = await folderWith({
    'docs/spec.md': '',
    'vendor/api.yaml': pets("  /pets:\n    $ref: './paths/pets.yaml'\n  /pets/{id}:\n    get:\n      responses:\n        $ref: 'responses.yaml#/PetResponses'\n"),
    'vendor/paths/pets.yaml': "post:\n  responses:\n    '201': {description: Created}\n    '409': {$ref: '../responses.yaml#/Conflict'}\n",
    'vendor/responses.yaml': "Conflict: {description: The pet exists}\nPetResponses:\n  '200': {description: The pet}\n  '404': {$ref: './api.yaml#/components/responses/NotFound'}\n",
  });
  await writeFile(join(folder, 'vendor/api.yaml'), `${pets("  /pets:\n    $ref: './paths/pets.yaml'\n  /pets/{id}:\n    get:\n      responses:\n        $ref: 'responses.yaml#/PetResponses'\n")}components:\n  responses:\n    NotFound: {description: No such pet}\n`);
  const from = join(folder, 'docs/spec.md');
  expect(await summary('../vendor/api.yaml', from)).toEqual(['POST /pets 201:Created,409:The pet exists', 'GET /pets/{id} 200:The pet,404:No such pet']);
  const read: DescriptionFile[][] = [];
  const loaded = await loadDescription('../vendor/api.yaml', { from, onRead: (files) => read.push([...files]) });
  expect(read.map((files) => files.map((file) => file.path))).toEqual([[join(folder, 'vendor/api.yaml'), join(folder, 'vendor/paths/pets.yaml'), join(folder, 'vendor/responses.yaml')]]);
  expect(loaded.ok && loaded.value.hash).toMatch(/^[0-9a-f]{64}$/);
});

test('a circular $ref across files ends, leaving out what it names', async () => {
  const folder = await folderWith({
    'spec.md': '',
    'api.yaml': pets("  /a:\n    $ref: 'b.yaml#/Item'\n  /ok:\n    get:\n      responses: {'200': {description: Fine}}\n"),
    'b.yaml': "Item: {$ref: 'api.yaml#/paths/~1a'}\n",
  });
  expect(await summary('./api.yaml', join(folder, 'spec.md'))).toEqual(['GET /ok 200:Fine']);
});

test('a $ref to a missing file, or to a URL, makes the description unreadable, naming the file', async () => {
  const folder = await folderWith({
    'spec.md': '',
    'vendor/api.yaml': pets("  /pets:\n    get:\n      responses:\n        '404': {$ref: 'errors/missing.yaml#/NotFound'}\n"),
    'vendor/remote.yaml': pets("  /pets:\n    $ref: 'https://example.com/pets.yaml'\n"),
    'vendor/broken.yaml': pets("  /pets:\n    $ref: 'bad.yaml'\n"),
    'vendor/bad.yaml': "get:\n  responses:\n\t'200': {description: OK}\n",
    // A $ref the index does not read through (a schema) is not followed.
    'vendor/schemas.yaml': pets("  /pets:\n    get:\n      responses:\n        '200':\n          description: Pets\n          content: {application/json: {schema: {$ref: 'nowhere.yaml'}}}\n"),
  });
  const from = join(folder, 'spec.md');
  expect(await summary('./vendor/api.yaml', from)).toEqual({
    message: 'Unexpected missing file `./errors/missing.yaml`, which a `$ref` names, expected an OpenAPI or Swagger description there',
  });
  expect(await summary('./vendor/remote.yaml', from)).toEqual({
    message: 'Unexpected `$ref` to `https://example.com/pets.yaml`, expected a file beside the description (Specmark reads no network: save what it names beside the description)',
  });
  expect(await summary('./vendor/broken.yaml', from)).toEqual({
    message: 'Unexpected YAML syntax (Tabs are not allowed as indentation), expected an OpenAPI or Swagger description (in `./bad.yaml` at line 3, column 1, which a `$ref` names)',
  });
  expect(await summary('./vendor/schemas.yaml', from)).toEqual(['GET /pets 200:Pets']);
});

test('a missing description file, and a folder, are named as the spec writes them', async () => {
  const folder = await folderWith({ 'spec.md': '', 'vendor/api/x.json': '{}' });
  const from = join(folder, 'spec.md');
  expect(await summary('./vendor/github.json', from)).toEqual({ message: 'Unexpected missing file `./vendor/github.json`, expected an OpenAPI or Swagger description there' });
  expect(await summary('./vendor/api', from)).toEqual({ message: 'Unexpected `./vendor/api` that is not a file, expected an OpenAPI or Swagger description' });
});

test('a package path is found in node_modules of the spec’s folder or one above; one not installed names the package to install', async () => {
  const folder = await folderWith({
    'node_modules/@acme/openapi/package.json': '{"name": "@acme/openapi", "exports": {".": "./index.js"}}',
    'node_modules/@acme/openapi/generated/api.json': JSON.stringify({ swagger: '2.0', info: { title: 'Acme' }, paths: { '/widgets': { get: { responses: { '200': { description: 'Widgets' } } } } } }),
    'docs/deep/spec.md': '',
  });
  const from = join(folder, 'docs/deep/spec.md');
  expect(locateDescription('@acme/openapi/generated/api.json', from)).toEqual({ ok: true, value: join(folder, 'node_modules/@acme/openapi/generated/api.json') });
  expect(await summary('@acme/openapi/generated/api.json', from)).toEqual(['GET /widgets 200:Widgets']);
  expect(await summary('@acme/missing/api.json', from)).toEqual({
    message: 'Unexpected `@acme/missing/api.json` from package `@acme/missing`, which is not installed, expected it installed (`npm install --save-dev @acme/missing`) or a path relative to the spec',
  });
  expect(await summary('github-openapi/api.github.com.json', from)).toEqual({
    message: 'Unexpected `github-openapi/api.github.com.json`, which is neither a file beside the spec nor in an installed package `github-openapi`, expected the path of the description relative to the spec (`./github-openapi/api.github.com.json`) or the package installed (`npm install --save-dev github-openapi`)',
  });
  // A file of an installed package that is not there.
  expect(await summary('@acme/openapi/api.yaml', from)).toEqual({ message: 'Unexpected missing file `@acme/openapi/api.yaml`, expected an OpenAPI or Swagger description there' });
});

test('a URL is refused: Specmark reads no network', async () => {
  const folder = await folderWith({ 'spec.md': '' });
  expect(await summary('https://raw.githubusercontent.com/github/rest-api-description/main/api.github.com.json', join(folder, 'spec.md'))).toEqual({
    message:
      'Unexpected URL `https://raw.githubusercontent.com/github/rest-api-description/main/api.github.com.json`, expected a file path relative to the spec or a package path (Specmark reads no network: save the description beside the spec)',
  });
});

test('a description is read once while its files are unchanged, again when one changes; the store keeps indexes by content hash', async () => {
  const folder = await folderWith({ 'spec.md': '', 'api.yaml': pets("  /a:\n    $ref: 'a.yaml'\n"), 'a.yaml': "get: {responses: {'200': {description: One}}}\n", 'one.yaml': pets("  /one:\n    get: {responses: {}}\n") });
  const from = join(folder, 'spec.md');
  const first = await loadDescription('./api.yaml', { from });
  expect(await loadDescription('./api.yaml', { from })).toBe(first);
  // A referenced file changed (its size and time): read again.
  await writeFile(join(folder, 'a.yaml'), "get: {responses: {'200': {description: Two}, '404': {description: Gone}}}\n");
  await utimes(join(folder, 'a.yaml'), new Date(), new Date(Date.now() + 5_000));
  expect(await summary('./api.yaml', from)).toEqual(['GET /a 200:Two,404:Gone']);

  const stored = new Map<string, ApiIndex>();
  const store = { get: (hash: string) => stored.get(hash), set: (hash: string, index: ApiIndex) => void stored.set(hash, index) };
  const loaded = await loadDescription('./one.yaml', { from, store });
  if (!loaded.ok) throw new Error(loaded.problem.message);
  expect([...stored.keys()]).toEqual([loaded.value.hash]);
  // Another process (a new file path, same bytes) gets the stored index.
  const copy = join(folder, 'copy.yaml');
  await writeFile(copy, pets("  /one:\n    get: {responses: {}}\n"));
  stored.set(loaded.value.hash, { ...loaded.value.index, title: 'From the store' });
  const again = await loadDescription('./copy.yaml', { from, store });
  expect(again.ok && again.value.index.title).toBe('From the store');
  // A description spread over files is not stored: its entry's hash does not say what the others hold.
  await loadDescription('./api.yaml', { from: join(folder, 'other.md'), store });
  expect(stored.size).toBe(1);
});
