import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexDescription, readDescriptionText } from '@specmark/api-description';
import { loadDescription } from '@specmark/api-description/node';
import { folderWith } from './support/temp-folder.ts';

const yaml = ['openapi: 3.0.3', 'info:', '  title: Pets', '  version: "1"', 'paths:', '  /pets:', '    get:', '      responses:', "        '200':", '          description: The pets', ''].join('\n');

/** The operations of a description's text, as `METHOD /path` and statuses. */
function operationsOf(text: string): string[] {
  const read = readDescriptionText(text);
  if (!read.ok) throw new Error(read.problem.message);
  const { result } = indexDescription(new Map([['pets.yaml', read.value]]));
  if (!result.ok) throw new Error(result.problem.message);
  return result.value.operations.map((operation) => `${operation.method} ${operation.path} ${operation.statuses.map((status) => status.code).join(',')}`);
}

test('YAML and JSON read alike', () => {
  const json = JSON.stringify({ openapi: '3.0.3', info: { title: 'Pets', version: '1' }, paths: { '/pets': { get: { responses: { '200': { description: 'The pets' } } } } } }, null, 2);
  expect(operationsOf(yaml)).toEqual(['GET /pets 200']);
  expect(operationsOf(json)).toEqual(['GET /pets 200']);
});

test('a UTF-8 byte order mark and CRLF line endings are read as if absent', () => {
  expect(operationsOf(`\uFEFF${yaml.replaceAll('\n', '\r\n')}`)).toEqual(['GET /pets 200']);
  expect(operationsOf(`\uFEFF${JSON.stringify({ swagger: '2.0', info: { title: 'Pets' }, paths: { '/pets': { get: { responses: { '200': { description: 'ok' } } } } } }, null, 2).replaceAll('\n', '\r\n')}`)).toEqual(['GET /pets 200']);
});

test('a YAML description indented with a tab is refused at the tab’s line', () => {
  expect(readDescriptionText(yaml.replace('    get:', '\tget:'))).toEqual({
    ok: false,
    problem: { message: 'Unexpected YAML syntax (Tabs are not allowed as indentation), expected an OpenAPI or Swagger description', line: 7, column: 1 },
  });
  // The same line after a byte order mark and with CRLF line endings.
  expect(readDescriptionText(`\uFEFF${yaml.replace('    get:', '\tget:').replaceAll('\n', '\r\n')}`)).toMatchObject({ ok: false, problem: { line: 7 } });
});

test('broken JSON is refused at its line and column', () => {
  expect(readDescriptionText('{\n  "openapi": "3.0.0",\n  "info": {,}\n}')).toEqual({
    ok: false,
    problem: { message: "Unexpected JSON syntax (Expected property name or '}'), expected an OpenAPI or Swagger description", line: 3, column: 12 },
  });
});

test('an empty file, and a document that is not an object, are refused', () => {
  for (const text of ['', '\uFEFF', ' \n\r\n']) expect(readDescriptionText(text)).toEqual({ ok: false, problem: { message: 'Unexpected empty file, expected an OpenAPI or Swagger description (JSON or YAML)' } });
  for (const text of ['[1, 2]', 'just words', '"a string"', '42']) {
    expect(readDescriptionText(text)).toEqual({ ok: false, problem: { message: 'Unexpected document that is not an object, expected an OpenAPI or Swagger description', line: 1, column: 1 } });
  }
});

test('YAML aliases that multiply without bound are refused with a message', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(9).fill(`*${String.fromCharCode(97 + index)}`).join(', ')}]`)].join('\n');
  const read = readDescriptionText(bomb);
  expect(read.ok).toBe(false);
  expect(read.ok ? '' : read.problem.message).toMatch(/^Unexpected YAML \(.+\), expected an OpenAPI or Swagger description$/);
});

test('loadDescription refuses bytes that are not UTF-8, an empty file, and a file that is not OpenAPI', async () => {
  const folder = await folderWith({
    'latin1.yaml': Buffer.concat([Buffer.from('openapi: 3.0.0\ninfo:\n  title: Caf'), Buffer.from([0xe9]), Buffer.from('\npaths: {}\n')]),
    'empty.json': '',
    'asyncapi.yaml': 'asyncapi: 2.6.0\ninfo:\n  title: Events\n',
    'openapi-4.yaml': 'openapi: 4.0.0\n',
    'spec.md': '',
  });
  const from = join(folder, 'spec.md');
  expect(await loadDescription('./latin1.yaml', { from })).toEqual({ ok: false, problem: { message: 'Unexpected bytes that are not UTF-8, expected an OpenAPI or Swagger description in UTF-8' } });
  expect(await loadDescription('./empty.json', { from })).toEqual({ ok: false, problem: { message: 'Unexpected empty file, expected an OpenAPI or Swagger description (JSON or YAML)' } });
  expect(await loadDescription('./asyncapi.yaml', { from })).toEqual({
    ok: false,
    problem: { message: 'Unexpected document without `openapi` or `swagger`, expected an OpenAPI 3.0 or 3.1 or Swagger 2.0 description', line: 1, column: 1 },
  });
  expect(await loadDescription('./openapi-4.yaml', { from })).toEqual({
    ok: false,
    problem: { message: 'Unexpected `openapi: 4.0.0`, expected an OpenAPI 3.0 or 3.1 or Swagger 2.0 description', line: 1, column: 1 },
  });
});
