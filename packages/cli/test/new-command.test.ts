import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from 'specmark';
import { blankSpec } from '@specmark/template';
import { expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

test('`new` writes a blank spec named after the title, frontmatter filled', async () => {
  const folder = await tempFolder();
  const result = await runCli(folder, ['new', 'api-integration', 'Stripe refunds']);
  expect(result).toEqual({
    code: 0,
    stdout: 'Wrote stripe-refunds.md from template `api-integration` v1: replace each [bracketed prompt], then run `specmark check`.\n',
    stderr: '',
  });
  const written = await readFile(join(folder, 'stripe-refunds.md'), 'utf8');
  expect(written).toBe(blankSpec(await apiTemplate(), { title: 'Stripe refunds', status: 'draft', created: '2026-11-24' }));
  expect(written.split('\n').slice(0, 8)).toEqual(['---', 'template: api-integration', 'templateVersion: 1', 'title: Stripe refunds', 'status: draft', 'created: 2026-11-24', '---', '']);
});

test('`new` refuses to overwrite an existing file without --force', async () => {
  const folder = await tempFolder();
  await writeFile(join(folder, 'refunds.md'), 'mine\n');
  const refused = await runCli(folder, ['new', 'Refunds', '-o', 'refunds.md']);
  expect(refused).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected existing file `refunds.md`, expected a new path (pass `--force` to overwrite it).\n' });
  expect(await readFile(join(folder, 'refunds.md'), 'utf8')).toBe('mine\n');
  const forced = await runCli(folder, ['new', 'Refunds', '-o', 'refunds.md', '--force']);
  expect(forced.code).toBe(0);
  expect(await readFile(join(folder, 'refunds.md'), 'utf8')).toMatch(/^---\ntemplate: api-integration\n/);
});

test('`new -o -` prints the spec; a missing title off a terminal is one sentence, exit 2', async () => {
  const folder = await tempFolder();
  const printed = await runCli(folder, ['new', 'api-integration', 'Slack app', '-o', '-']);
  expect(printed.code).toBe(0);
  expect(printed.stdout).toBe(blankSpec(await apiTemplate(), { title: 'Slack app', status: 'draft', created: '2026-11-24' }));
  expect(await runCli(folder, ['new', 'api-integration'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected missing title, expected `specmark new <template> "<title>"`.\n' });
  expect(await runCli(folder, ['new', 'payments', 'Refunds'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected template `payments`, expected one of `api-integration` or the path of a template file.\n',
  });
});

test('on a terminal, `new` asks for the missing title', async () => {
  const folder = await tempFolder();
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let stdout = '';
  const code = run(['new', 'api-integration'], {
    cwd: folder,
    stdin,
    stdout: { write: (text: string) => (stdout += text), isTTY: true },
    stderr: { write: (text: string) => (stdout += text) },
    env: {},
    now: () => new Date('2026-11-24T10:00:00Z'),
  });
  stdin.write('Twilio SMS\n');
  expect(await code).toBe(0);
  expect(stdout).toContain('Title (the feature, in a few words): ');
  expect(await readFile(join(folder, 'twilio-sms.md'), 'utf8')).toBe(blankSpec(await apiTemplate(), { title: 'Twilio SMS', status: 'draft', created: '2026-11-24' }));
});
