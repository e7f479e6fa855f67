import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
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

test('on a terminal, `new` asks for the title, owner, provider and environments, and asks again after a typo', async () => {
  const folder = await tempFolder();
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  // Each answer is typed once its question shows, as a person at a terminal would.
  const answers: [string, string][] = [
    ['Title (the feature, in a few words): ', 'Twilio SMS'],
    ['Owner (the team or person responsible): ', 'messaging-team'],
    ['Provider (the API or service being integrated): ', 'Twilio'],
    ['Environments (comma-separated: sandbox, staging, production): ', 'staging, prod'],
    ['Environments (comma-separated: sandbox, staging, production): ', 'staging, production'],
  ];
  let stdout = '';
  const code = run(['new', 'api-integration'], {
    cwd: folder,
    stdin,
    stdout: {
      write: (text: string) => {
        stdout += text;
        if (answers[0] && text === answers[0][0]) {
          const [, answer] = answers.shift()!;
          setImmediate(() => stdin.write(answer + '\n'));
        }
      },
      isTTY: true,
    },
    stderr: { write: (text: string) => (stdout += text) },
    env: {},
    now: () => new Date('2026-11-24T10:00:00Z'),
  });
  expect(await code).toBe(0);
  expect(answers).toEqual([]);
  expect(stdout).toContain('Unexpected `prod`, expected one of `sandbox`, `staging`, `production`.\n');
  expect(await readFile(join(folder, 'twilio-sms.md'), 'utf8')).toBe(
    blankSpec(await apiTemplate(), { title: 'Twilio SMS', status: 'draft', owner: 'messaging-team', provider: 'Twilio', environments: ['staging', 'production'], created: '2026-11-24' }),
  );
});

test('`new` takes the owner, provider and environments as flags; the new spec then has no errors, only what is left to fill in', async () => {
  const folder = await tempFolder();
  const written = await runCli(folder, ['new', 'api-integration', 'Stripe refunds', '--owner', 'payments-team', '--provider', 'Stripe', '--environments', 'sandbox,production']);
  expect(written.code).toBe(0);
  const spec = await readFile(join(folder, 'stripe-refunds.md'), 'utf8');
  expect(spec.split('\n').slice(0, 12)).toEqual([
    '---',
    'template: api-integration',
    'templateVersion: 1',
    'title: Stripe refunds',
    'status: draft',
    'owner: payments-team',
    'provider: Stripe',
    'environments:',
    '  - sandbox',
    '  - production',
    'created: 2026-11-24',
    '---',
  ]);
  const checked = await runCli(folder, ['check', '--reporter', 'json']);
  expect(checked.code).toBe(0);
  const report = JSON.parse(checked.stdout) as { errorCount: number; warningCount: number; files: { path: string }[] };
  expect(report.files.map((file) => file.path)).toEqual(['stripe-refunds.md']);
  expect(report.errorCount).toBe(0);
  expect(report.warningCount).toBeGreaterThan(0);
});

test('`new` refuses an environment that is not an allowed value, in one sentence', async () => {
  const folder = await tempFolder();
  expect(await runCli(folder, ['new', 'api-integration', 'Stripe refunds', '--environments', 'sandbox,prod'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected `prod` for `--environments`, expected a comma-separated list of `sandbox`, `staging`, `production`.\n',
  });
});

test('`new` refuses a title with a line break or another control character, which would inject Markdown into the body', async () => {
  const folder = await tempFolder();
  for (const [title, shown] of [
    ['title\nline: x\n---', 'title\\nline: x\\n---'],
    ['Refunds\r\n# Injected', 'Refunds\\r\\n# Injected'],
    ['Refunds\u001B[2K', 'Refunds\\u001B[2K'],
    ['Tab\there', 'Tab\\there'],
    ['Next\u2028line', 'Next\\u2028line'],
  ]) {
    const result = await runCli(folder, ['new', 'api-integration', title!]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `specmark: Unexpected title \`${shown}\` with a line break or control character, expected one line of text.\n` });
  }
  expect(await runCli(folder, ['new', 'api-integration', 'Refunds', '--owner', 'team\n# Injected'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected `team\\n# Injected` for `--owner`, expected one line of text, without control characters.\n',
  });
  expect(await readdir(folder)).toEqual([]);
});

test('`new` writes the file whole, leaves no temporary file, and --force replaces a file atomically, keeping its permissions', async () => {
  const folder = await tempFolder();
  await writeFile(join(folder, 'refunds.md'), 'mine\n', { mode: 0o640 });
  expect((await runCli(folder, ['new', 'Refunds', '-o', 'refunds.md', '--force'])).code).toBe(0);
  expect((await stat(join(folder, 'refunds.md'))).mode & 0o777).toBe(0o640);
  expect((await runCli(folder, ['new', 'Other', '-o', 'docs/other.md'])).code).toBe(0);
  expect((await readdir(folder, { recursive: true })).sort()).toEqual(['docs', 'docs/other.md', 'refunds.md']);
  const forcedOverFolder = await runCli(folder, ['new', 'Refunds', '-o', 'docs', '--force']);
  expect(forcedOverFolder).toEqual({ code: 2, stdout: '', stderr: 'specmark: Cannot write `docs`: unexpected folder, expected a regular file.\n' });
});

test('`new` refuses a template whose version is not a safe integer (`1e308`), placed on its line, and writes nothing', async () => {
  const folder = await tempFolder();
  const template = (version: string): string => `---\nid: tiny\nversion: ${version}\ntitle: Tiny\n---\n\n# [Name]\n\n## Shape\n\n### Purpose\n\n[Why]\n`;
  await writeFile(join(folder, 'tiny.md'), template('1e308'));
  expect(await runCli(folder, ['new', 'tiny.md', 'Refunds'])).toEqual({
    code: 2,
    stdout: '',
    stderr: `specmark: Cannot use template \`tiny.md\`: ${join(folder, 'tiny.md')}:3:10: Unexpected \`1e+308\` for \`version\`, expected a positive integer up to 9007199254740991.\n`,
  });
  await writeFile(join(folder, 'tiny.md'), template('9007199254740993'));
  expect((await runCli(folder, ['new', 'tiny.md', 'Refunds'])).stderr).toContain('Unexpected `9007199254740992` for `version`');
  expect((await readdir(folder)).sort()).toEqual(['tiny.md']);
  await writeFile(join(folder, 'tiny.md'), template('2'));
  expect((await runCli(folder, ['new', 'tiny.md', 'Refunds'])).code).toBe(0);
  expect(await readFile(join(folder, 'refunds.md'), 'utf8')).toMatch(/^---\ntemplate: tiny\ntemplateVersion: 2\n/);
});
