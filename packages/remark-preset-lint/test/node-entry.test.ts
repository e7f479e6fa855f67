import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { afterAll, expect, test } from 'vitest';
import presetNode from '@specmark/remark-preset-lint/node';
import { exampleTemplate } from '../src/lib/docs/example-template.ts';
import { fixture } from './helpers.ts';

const folder = mkdtempSync(join(tmpdir(), 'specmark-node-entry-'));
const templatePath = join(folder, 'webhook-consumer.md');
writeFileSync(templatePath, exampleTemplate);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const spec = ['---', 'template: webhook-consumer', 'templateVersion: 1', 'title: Refund events', 'status: draft', 'owner: payments-team', 'environments: [production]', '---', '', '# Refund events', ''].join('\n');

test('a team template file given by path is what the rules follow', async () => {
  const file = await remark().use(presetNode, { template: templatePath }).process(new VFile({ value: spec }));
  expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
    '3:18 template-version',
    '10:16 required-sections',
    '10:16 required-sections',
  ]);
  expect(file.messages[0]?.reason).toBe(
    'Unexpected `templateVersion: 1`, expected `2`, the current version of `webhook-consumer`: update the spec to the template (version 2: Added the Retries field.), then set `templateVersion: 2`',
  );
});

test('built-in specs still pass with a team template configured', async () => {
  const file = await remark().use(presetNode, { templates: [templatePath] }).process(new VFile({ value: fixture('complete-spec.md') }));
  expect(file.messages).toEqual([]);
});

test('a template file that cannot be read is one message, not a crash', async () => {
  const missing = join(folder, 'missing.md');
  const file = await remark().use(presetNode, { template: missing }).process(new VFile({ value: spec }));
  expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([`2:11 template-version: Cannot read template file \`${missing}\`: no such file`]);
});

test('the provider API description a spec names is read beside it, once per spec, and the files read recorded for caches', async () => {
  const description = 'openapi: 3.0.3\ninfo: { title: Refunds, version: "1" }\npaths:\n  /refunds:\n    post:\n      responses: { "201": { description: Created } }\n';
  writeFileSync(join(folder, 'refunds.openapi.yaml'), description);
  const api = (reference: string) => `api:\n  description: ${reference}\n  operations: [POST /refund]\n`;
  const builtIn = fixture('complete-spec.md');
  const naming = (reference: string) => builtIn.replace('\n---\n', `\n${api(reference)}---\n`);
  const line = naming('x').split('\n').indexOf('  operations: [POST /refund]') + 1;
  const read = await remark().use(presetNode).process(new VFile({ path: join(folder, 'spec.md'), value: naming('./refunds.openapi.yaml') }));
  expect(read.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([
    `${line}:16 api-operations: Unexpected operation \`POST /refund\` that \`./refunds.openapi.yaml\` lacks, expected \`POST /refunds\``,
  ]);
  const { size, mtimeMs } = statSync(join(folder, 'refunds.openapi.yaml'));
  expect(read.data.specmarkDescriptionsRead).toEqual([{ path: join(folder, 'refunds.openapi.yaml'), hash: createHash('sha256').update(description).digest('hex'), size, mtimeMs }]);
  // One that cannot be read is recorded too, without a hash: the result holds while it is missing.
  const missing = await remark().use(presetNode).process(new VFile({ path: join(folder, 'spec.md'), value: naming('./gone.yaml') }));
  expect(missing.messages.map((message) => message.ruleId)).toEqual(['api-operations']);
  expect(missing.data.specmarkDescriptionsRead).toEqual([{ path: join(folder, 'gone.yaml'), hash: null, size: -1, mtimeMs: -1 }]);
  // One that cannot be located (a package that is not installed) makes the result depend on what is installed.
  const uninstalled = await remark().use(presetNode).process(new VFile({ path: join(folder, 'spec.md'), value: naming('"@acme-not-installed/openapi/refunds.yaml"') }));
  expect(uninstalled.messages.map((message) => message.ruleId)).toEqual(['api-operations']);
  expect(uninstalled.data.specmarkDescriptionsRead).toBeNull();
  // A file without a path has no folder to read from: the rules say nothing.
  const pathless = await remark().use(presetNode).process(new VFile({ value: naming('./refunds.openapi.yaml') }));
  expect(pathless.messages).toEqual([]);
  expect(pathless.data.specmarkInputs?.apiDescriptions).toBeNull();
  expect(pathless.data.specmarkDescriptionsRead).toBeUndefined();
});
