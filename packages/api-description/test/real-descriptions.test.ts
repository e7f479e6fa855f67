import { readFileSync, statSync } from 'node:fs';
import { dereference } from '@scalar/openapi-parser';
import { expect, test } from 'vitest';
import { indexDescription, readDescriptionText, type ApiIndex } from '@specmark/api-description';
import { loadDescription } from '@specmark/api-description/node';
import { descriptionSample, realDescription } from './support/real-descriptions.ts';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** What a description says, as another parser reads it: each operation with its deprecation and statuses. */
function oracle(document: Record<string, unknown>): string[] {
  const { schema, errors } = dereference(document);
  expect(errors ?? []).toEqual([]);
  const paths = (schema as { paths?: Record<string, Record<string, { deprecated?: unknown; responses?: Record<string, unknown> }>> }).paths ?? {};
  return Object.entries(paths).flatMap(([path, item]) =>
    !path.startsWith('/') || item === null || typeof item !== 'object'
      ? []
      : methods.flatMap((method) => {
          const operation = item[method];
          if (operation === null || typeof operation !== 'object') return [];
          const codes = Object.keys(operation.responses ?? {}).filter((code) => !code.startsWith('x-'));
          return [`${method.toUpperCase()} ${path} ${operation.deprecated === true ? 'deprecated ' : ''}${codes.map((code) => code.toUpperCase().replace('DEFAULT', 'default')).join(',')}`];
        }),
  );
}

/** The same from our index. */
function ours(index: ApiIndex): string[] {
  return index.operations.map((operation) => `${operation.method} ${operation.path} ${operation.deprecated ? 'deprecated ' : ''}${operation.statuses.map((status) => status.code).join(',')}`);
}

/** Sorted, for comparison: the oracle lists by path, then method; so do we, within a path. */
const sorted = (lines: string[]): string[] => [...lines].sort();

const names = descriptionSample();

test('the sample mixes sizes and formats', () => {
  expect(names).toHaveLength(40);
  const sizes = names.map((name) => statSync(realDescription(name)).size);
  expect(sizes.filter((size) => size > 1_000_000).length).toBeGreaterThanOrEqual(4);
});

test.each(names)('%s: operations, deprecation and statuses as @scalar/openapi-parser reads them', async (name) => {
  const loaded = await loadDescription(realDescription(name), { from: import.meta.filename });
  if (!loaded.ok) throw new Error(loaded.problem.message);
  const read = readDescriptionText(readFileSync(realDescription(name), 'utf8'));
  if (!read.ok) throw new Error(read.problem.message);
  expect(sorted(ours(loaded.value.index))).toEqual(sorted(oracle(read.value)));
});

test('Swagger 2.0 descriptions: operations, deprecation and statuses as @scalar/openapi-parser reads them', () => {
  const documents = [
    {
      swagger: '2.0',
      info: { title: 'Store', version: '1' },
      responses: { NotFound: { description: 'No such order' } },
      paths: {
        '/orders/{id}': { get: { responses: { '200': { description: 'The order' }, '404': { $ref: '#/responses/NotFound' } } }, delete: { deprecated: true, responses: { '204': { description: 'Gone' }, default: { description: 'Error' } } } },
        '/orders': { post: { responses: { '201': { description: 'Made' }, '409': { description: 'Exists' }, 'x-note': 'not a status' } } },
      },
    },
  ];
  for (const document of documents) {
    const { result } = indexDescription(new Map([['api.json', document]]));
    if (!result.ok) throw new Error(result.problem.message);
    expect(sorted(ours(result.value))).toEqual(sorted(oracle(structuredClone(document))));
  }
});
