import { ruleIds } from '@specmark/remark-preset-lint';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeEach, describe, expect, test } from 'vitest';
import schema from './fixtures/sarif/sarif-schema-2.1.0.json' with { type: 'json' };
import { runCli } from './support/run-cli.ts';
import { spawnCli } from './support/spawn-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const key = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const otherKey = ['sk', 'live', '9xR27MpLwQzTvNb3KdHs8fJa'].join('_');
const ownerMessage = 'Unexpected integer for `owner`, expected a string or a list';
const secretMessage = 'Unexpected Stripe secret key (live) `sk_l…`, expected no credential in the spec: name the environment variable or secret store entry that holds it';

let repo: string;
let techStack: string;

/** Run `git` in the repository. */
function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Specmark', '-c', 'user.email=specs@example.com', ...args], { cwd: repo, stdio: 'ignore' });
}

/** Run the real `specmark check` in the repository. */
function check(...args: string[]) {
  const run = spawnCli(repo, ['check', ...args]);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The suppressions file, parsed. */
async function suppressions(path = 'specmark-suppressions.json'): Promise<unknown> {
  return JSON.parse(await readFile(join(repo, path), 'utf8'));
}

beforeEach(async () => {
  const template = await apiTemplate();
  techStack = template.fields.find((field) => field.kind === 'prose' && field.section !== template.sections[0]!.slug)!.title;
  repo = await tempFolder();
  await writeFiles(repo, {
    'specs/clean.md': filledSpec(template, 1),
    'specs/owner.md': filledSpec(template, 2).replace('owner: payments-platform', 'owner: 42'),
    'specs/secret.md': filledSpec(template, 3).replace(`### ${techStack}\n\n`, `### ${techStack}\n\nUse key ${key} for now. `),
    'README.md': '# Specs\n',
  });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Specs');
});

// Each test runs the executable up to ten times: on two busy cores that takes longer than the default.
describe('bulk suppressions, end to end through the executable in a git repository', { timeout: 180_000 }, () => {
  test('suppress all → exit 0; a new problem in a suppressed file → reported, exit 1; fix one → prune shrinks the file', async () => {
    expect(check()).toMatchObject({ code: 1 });

    expect(check('--suppress-all')).toEqual({
      code: 0,
      stdout: '✔ 3 files checked, no problems; 2 errors suppressed\n',
      stderr: 'specmark: wrote `specmark-suppressions.json`: 2 errors suppressed in 2 files.\n',
    });
    expect(await readFile(join(repo, 'specmark-suppressions.json'), 'utf8')).toBe(
      [
        '{',
        '  "specs/owner.md": {',
        '    "frontmatter-schema": {',
        '      "count": 1',
        '    }',
        '  },',
        '  "specs/secret.md": {',
        '    "no-secrets": {',
        '      "count": 1',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(check()).toEqual({ code: 0, stdout: '✔ 3 files checked, no problems; 2 errors suppressed\n', stderr: '' });

    // A second key in the file that had one: a count cannot say which is new, so both are reported.
    const secretSpec = await readFile(join(repo, 'specs/secret.md'), 'utf8');
    await writeFile(join(repo, 'specs/secret.md'), secretSpec.replace(`Use key ${key}`, `Use key ${otherKey} or ${key}`));
    const added = check();
    expect(added.code).toBe(1);
    expect(added.stdout).toBe(
      ['specs/secret.md', `   71:9-71:41  error    ${secretMessage}  no-secrets`, `  71:45-71:77  error    ${secretMessage}  no-secrets`, '', '✖ 2 problems (2 errors, 0 warnings) in 3 files checked; 1 error suppressed', ''].join('\n'),
    );
    expect(added.stderr).toBe('');
    await writeFile(join(repo, 'specs/secret.md'), secretSpec);

    // The owner is fixed: its suppression no longer matches anything, and the run says so.
    const ownerSpec = await readFile(join(repo, 'specs/owner.md'), 'utf8');
    await writeFile(join(repo, 'specs/owner.md'), ownerSpec.replace('owner: 42', 'owner: payments-platform'));
    expect(check()).toEqual({
      code: 1,
      stdout: '✔ 3 files checked, no problems; 1 error suppressed\n',
      stderr:
        'specmark: 1 suppressed error in `specmark-suppressions.json` no longer occurs; remove it with `specmark check --prune-suppressions` (or pass `--pass-on-unpruned-suppressions`):\n' +
        '  specs/owner.md  frontmatter-schema  1 fixed\n',
    });
    expect(check('--pass-on-unpruned-suppressions')).toEqual({ code: 0, stdout: '✔ 3 files checked, no problems; 1 error suppressed\n', stderr: '' });
    expect(check('--prune-suppressions')).toEqual({
      code: 0,
      stdout: '✔ 3 files checked, no problems; 1 error suppressed\n',
      stderr: 'specmark: wrote `specmark-suppressions.json`: 1 error suppressed in 1 file.\n',
    });
    expect(await suppressions()).toEqual({ 'specs/secret.md': { 'no-secrets': { count: 1 } } });
    expect(check()).toMatchObject({ code: 0, stderr: '' });
  });

  test('a renamed file does not keep its suppressions: its errors are reported and the old path is stale until suppressed again', async () => {
    expect(check('--suppress-all')).toMatchObject({ code: 0 });
    git('mv', 'specs/secret.md', 'specs/stripe-secret.md');
    expect(check()).toEqual({
      code: 1,
      stdout: ['specs/stripe-secret.md', `  71:9-71:41  error    ${secretMessage}  no-secrets`, '', '✖ 1 problem (1 error, 0 warnings) in 3 files checked; 1 error suppressed', ''].join('\n'),
      stderr:
        'specmark: 1 suppressed error in `specmark-suppressions.json` no longer occurs; remove it with `specmark check --prune-suppressions` (or pass `--pass-on-unpruned-suppressions`):\n' +
        '  specs/secret.md  no-secrets  1 in a file renamed or deleted\n',
    });
    // Suppressing the renamed file alone carries its errors over; the stale path goes when the file is written.
    expect(check('--suppress-all', 'specs/stripe-secret.md')).toMatchObject({ code: 0 });
    expect(await suppressions()).toEqual({ 'specs/owner.md': { 'frontmatter-schema': { count: 1 } }, 'specs/stripe-secret.md': { 'no-secrets': { count: 1 } } });
    expect(check()).toEqual({ code: 0, stdout: '✔ 3 files checked, no problems; 2 errors suppressed\n', stderr: '' });
  });

  test('--suppress-rule suppresses only the rules named; an unknown rule is refused with the list of rules', async () => {
    expect(check('--suppress-rule', 'no-secrets')).toEqual({
      code: 1,
      stdout: ['specs/owner.md', `  6:8-6:10  error    ${ownerMessage}  frontmatter-schema`, '', '✖ 1 problem (1 error, 0 warnings) in 3 files checked; 1 error suppressed', ''].join('\n'),
      stderr: 'specmark: wrote `specmark-suppressions.json`: 1 error suppressed in 1 file.\n',
    });
    expect(await suppressions()).toEqual({ 'specs/secret.md': { 'no-secrets': { count: 1 } } });
    expect(check('--suppress-rule', 'no-secrets', '--suppress-rule', 'frontmatter-schema')).toMatchObject({ code: 0 });
    expect(await suppressions()).toEqual({ 'specs/owner.md': { 'frontmatter-schema': { count: 1 } }, 'specs/secret.md': { 'no-secrets': { count: 1 } } });
    const unknown = check('--suppress-rule', 'no-todos');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      `specmark: Unexpected \`no-todos\` for \`--suppress-rule\`, expected one of the rules ${ruleIds.map((id) => '`' + id + '`').join(', ')}.\n`,
    );
  });

  test('json lists suppressed errors apart and counts them; sarif marks them as externally suppressed, valid per the OASIS schema', async () => {
    check('--suppress-rule', 'no-secrets');
    const json = check('--reporter', 'json', 'specs/secret.md', 'specs/owner.md');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ fileCount: 2, errorCount: 1, warningCount: 0, suppressedCount: 1, unusedSuppressions: [] });
    expect(report.files[1]).toEqual({
      path: 'specs/secret.md',
      messages: [],
      errorCount: 0,
      warningCount: 0,
      suppressedMessages: [
        { ruleId: 'no-secrets', source: 'specmark', severity: 'error', message: secretMessage, line: 71, column: 9, endLine: 71, endColumn: 41, url: 'https://specmark.dev/rules/no-secrets/', note: null, messageId: 'secret', data: { kind: 'Stripe secret key (live)', secret: 'sk_l…' } },
      ],
    });
    expect(json.stdout).not.toContain(key);

    const sarif = check('--reporter', 'sarif');
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(validate(log) ? 'valid' : ajv.errorsText(validate.errors)).toBe('valid');
    expect(log.runs[0].results.map((result: { ruleId: string; suppressions?: unknown }) => [result.ruleId, result.suppressions ?? null])).toEqual([
      ['frontmatter-schema', null],
      ['no-secrets', [{ kind: 'external', status: 'accepted' }]],
    ]);

    // A stale suppression is listed for tools too.
    await writeFile(join(repo, 'specs/secret.md'), (await readFile(join(repo, 'specs/secret.md'), 'utf8')).replace(key, 'the key in the vault'));
    const stale = JSON.parse(check('--reporter', 'json').stdout);
    expect(stale.unusedSuppressions).toEqual([{ path: 'specs/secret.md', ruleId: 'no-secrets', count: 1, missing: false }]);
  });

  test('--suppressions-location: the file is written and read there; a missing one is refused unless the run writes it', async () => {
    expect(check('--suppressions-location', '.github/specmark-suppressions.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'specmark: Unexpected missing suppressions file `.github/specmark-suppressions.json`, expected an existing file (write it with `specmark check --suppress-all`).\n',
    });
    await writeFiles(repo, { '.github/workflows/.keep': '' });
    expect(check('--suppress-all', '--suppressions-location', '.github/specmark-suppressions.json')).toMatchObject({ code: 0 });
    expect(await suppressions('.github/specmark-suppressions.json')).toEqual({ 'specs/owner.md': { 'frontmatter-schema': { count: 1 } }, 'specs/secret.md': { 'no-secrets': { count: 1 } } });
    expect(check('--suppressions-location', '.github/specmark-suppressions.json')).toMatchObject({ code: 0 });
    expect(check()).toMatchObject({ code: 1 });
  });

  test('a malformed suppressions file is one located sentence, exit 2, never a stack trace; conflicting flags are refused', async () => {
    const cases: [string, string][] = [
      ['{\n  "specs/owner.md": {\n    "frontmatter-schema": { "count": 1 },\n  }\n}\n', 'specmark-suppressions.json:4:3`: Unexpected `}`, expected a property name in double quotes'],
      ['{\r\n  "specs/owner.md": { "frontmatter-schema": { "count": 0 } }\r\n}\r\n', 'specmark-suppressions.json:2:56`: Unexpected `0` for `specs/owner.md` → `frontmatter-schema` → `count`, expected a whole number of at least 1'],
      ['{ "specs/owner.md": { "frontmatter-schema": 1 } }', 'specmark-suppressions.json:1:45`: Unexpected `1` for `specs/owner.md` → `frontmatter-schema`, expected `{ "count": <n> }`'],
      ['{ "a.md": {}, "a.md": {} }', 'specmark-suppressions.json:1:15`: Unexpected second `a.md`, expected each key once'],
      ['[]', 'specmark-suppressions.json:1:1`: Unexpected list, expected an object of files'],
      ['', 'specmark-suppressions.json:1:1`: Unexpected end of the file, expected a value'],
      ['\uFEFF{ "a.md": { "no-secrets": { "count": 2, "why": "legacy" } } }', 'specmark-suppressions.json:1:41`: Unexpected key `why` in `a.md` → `no-secrets`, expected only `count`'],
    ];
    for (const [text, message] of cases) {
      await writeFile(join(repo, 'specmark-suppressions.json'), text);
      expect(await runCli(repo, ['check']), JSON.stringify(text)).toEqual({
        code: 2,
        stdout: '',
        stderr: `specmark: Cannot use the suppressions file \`${message} (mend it, or remove it and run \`specmark check --suppress-all\` again).\n`,
      });
    }
    await writeFile(join(repo, 'specmark-suppressions.json'), Buffer.from([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d]));
    // Through the executable too: one sentence, no stack trace.
    expect(check()).toEqual({
      code: 2,
      stdout: '',
      stderr: 'specmark: Cannot use the suppressions file `specmark-suppressions.json:2:2`: Unexpected byte 0xE9, expected UTF-8 text (mend it, or remove it and run `specmark check --suppress-all` again).\n',
    });
    expect(await runCli(repo, ['check', '--suppress-all', '--prune-suppressions'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected `--suppress-all` with `--prune-suppressions`, expected one of them.\n' });
    expect(await runCli(repo, ['check', '--suppress-rule', 'no-secrets', '--suppress-all'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected `--suppress-all` with `--suppress-rule`, expected one of them.\n' });
  });
});
