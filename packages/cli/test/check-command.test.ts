import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ruleIds } from '@specmark/remark-preset-lint';
import { reporters } from 'specmark';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const secret = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
let folder: string;

beforeEach(async () => {
  const template = await apiTemplate();
  const techStack = template.fields.find((field) => field.kind === 'prose' && field.section !== template.sections[0]!.slug)!.title;
  folder = await tempFolder();
  await writeFiles(folder, {
    'specs/clean.md': filledSpec(template, 1),
    'specs/owner.md': filledSpec(template, 2).replace('owner: payments-platform', 'owner: 42'),
    'specs/secret.md': filledSpec(template, 3).replace(`### ${techStack}\n\n`, `### ${techStack}\n\nUse key ${secret} for now. `),
    'notes/README.md': '# Notes\n\nNot a spec: no frontmatter.\n',
    'notes/other.md': '---\ntitle: Other\n---\n\n# Other\n',
    'node_modules/pkg/spec.md': filledSpec(template, 4).replace('owner: payments-platform', 'owner: 42'),
    'ignored/spec.md': filledSpec(template, 5).replace('owner: payments-platform', 'owner: 42'),
    '.gitignore': 'ignored/\n',
  });
});

const ownerMessage = 'Unexpected integer for `owner`, expected a string or a list';
const secretMessage = 'Unexpected Stripe secret key (live) `sk_l…`, expected no credential in the spec: name the environment variable or secret store entry that holds it';

describe('specmark check', () => {
  test('stylish: problems grouped by file and a summary; unrelated, ignored and node_modules files skipped; exit 1', async () => {
    const result = await runCli(folder, ['check']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'specs/owner.md',
        `  6:8-6:10  error    ${ownerMessage}  frontmatter-schema`,
        '',
        'specs/secret.md',
        `  71:9-71:41  error    ${secretMessage}  no-secrets`,
        '',
        '✖ 2 problems (2 errors, 0 warnings) in 3 files checked',
        '',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain(secret);
    expect(result.code).toBe(1);
  });

  test('json: the documented shape, no syntax tree', async () => {
    const result = await runCli(folder, ['check', 'specs/owner.md', 'specs/clean.md', '--reporter', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      tool: { name: 'specmark', version: '0.1.0' },
      fileCount: 2,
      errorCount: 1,
      warningCount: 0,
      suppressedCount: 0,
      files: [
        { path: 'specs/clean.md', messages: [], errorCount: 0, warningCount: 0, suppressedMessages: [] },
        {
          path: 'specs/owner.md',
          messages: [
            {
              ruleId: 'frontmatter-schema',
              source: 'specmark',
              severity: 'error',
              message: ownerMessage,
              line: 6,
              column: 8,
              endLine: 6,
              endColumn: 10,
              url: 'https://specmark.dev/rules/frontmatter-schema/',
              note: null,
              messageId: 'invalid-type',
              data: { actual: 'integer', at: ' for `owner`', expected: 'a string or a list' },
            },
          ],
          errorCount: 1,
          warningCount: 0,
          suppressedMessages: [],
        },
      ],
      unusedSuppressions: [],
    });
  });

  test('github: one annotation per message', async () => {
    const result = await runCli(folder, ['check', '--reporter', 'github']);
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout:
        `::error file=specs/owner.md,line=6,col=8,endLine=6,endColumn=10,title=specmark(frontmatter-schema)::${ownerMessage}\n` +
        `::error file=specs/secret.md,line=71,col=9,endLine=71,endColumn=41,title=specmark(no-secrets)::${secretMessage}\n`,
    });
  });

  test('github: `%` escaped in messages, also `:` and `,` in properties; CR and LF shown as visible escapes, on one line', () => {
    const message = { ruleId: null, source: null, severity: 'warning' as const, message: '100% sure\r\nnext', line: 1, column: 2, endLine: null, endColumn: null, url: null, note: null, messageId: null, data: null };
    const files = [{ path: 'docs/a,b:c.md', messages: [message], errorCount: 0, warningCount: 1 }];
    expect(reporters.github!({ files, version: '0.1.0' }, { color: false })).toBe('::warning file=docs/a%2Cb%3Ac.md,line=1,col=2,title=specmark::100%25 sure\\r\\nnext\n');
  });

  test('sarif: a 2.1.0 log with every rule of the preset and located results', async () => {
    const result = await runCli(folder, ['check', 'specs/owner.md', '--reporter', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log).toMatchObject({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'specmark', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://specmark.dev' } }, columnKind: 'utf16CodeUnits' }],
    });
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(ruleIds);
    expect(log.runs[0].results).toEqual([
      {
        ruleId: 'frontmatter-schema',
        ruleIndex: 0,
        level: 'error',
        message: { text: ownerMessage, id: 'invalid-type', arguments: ['integer', ' for `owner`', 'a string or a list'] },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'specs/owner.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 8, endLine: 6, endColumn: 10 } } }],
      },
    ]);
    // The result's message is its rule's message string with the arguments in its `{n}`.
    expect(log.runs[0].tool.driver.rules[0].messageStrings['invalid-type']).toEqual({ text: 'Unexpected {0}{1}, expected {2}' });
  });

  test('exit codes: 0 when clean, warnings pass unless --max-warnings is exceeded', async () => {
    expect(await runCli(folder, ['check', 'specs/clean.md'])).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    await writeFiles(folder, { 'specmark.config.json': JSON.stringify({ rules: { 'frontmatter-schema': 'warn', 'no-secrets': 'warn' } }) });
    const warned = await runCli(folder, ['check']);
    expect(warned.code).toBe(0);
    expect(warned.stdout.split('\n').at(-2)).toBe('✖ 2 problems (0 errors, 2 warnings) in 3 files checked');
    expect(await runCli(folder, ['check', '--max-warnings', '2'])).toMatchObject({ code: 0 });
    expect(await runCli(folder, ['check', '--max-warnings', '1'])).toMatchObject({ code: 1, stderr: 'Too many warnings (2), expected at most 1 (--max-warnings).\n' });
  });

  test('an existing .remarkrc configures the same rules; two configurations that disagree are refused', async () => {
    await writeFiles(folder, { '.remarkrc.json': JSON.stringify({ plugins: ['@specmark/remark-preset-lint', ['@specmark/remark-preset-lint/rules/frontmatter-schema', false]] }) });
    const result = await runCli(folder, ['check', '--reporter', 'json']);
    expect(JSON.parse(result.stdout).files.map((file: { path: string; errorCount: number }) => [file.path, file.errorCount])).toEqual([
      ['specs/clean.md', 0],
      ['specs/owner.md', 0],
      ['specs/secret.md', 1],
    ]);
    await writeFiles(folder, { 'specmark.config.json': JSON.stringify({ rules: { 'frontmatter-schema': 'error' } }) });
    expect(await runCli(folder, ['check'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `specmark: Unexpected different settings for \`rules.frontmatter-schema\` in \`${join(folder, 'specmark.config.json')}\` and \`${join(folder, '.remarkrc.json')}\`, expected one configuration (keep one, or make them agree).\n`,
    });
  });

  test('bad configuration is one sentence, exit 2', async () => {
    await writeFiles(folder, { 'specmark.config.json': JSON.stringify({ rules: { 'no-such-rule': 'off' } }) });
    const result = await runCli(folder, ['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specmark: Cannot use configuration `.+specmark\.config\.json`: Unexpected rule `no-such-rule` in `rules`, expected one of `frontmatter-schema`, .+\.\n$/);
  });

  test('--cache reuses results of unchanged files and re-checks changed ones', async () => {
    const first = await runCli(folder, ['check', '--cache', '--reporter', 'json']);
    const cacheFile = join(folder, 'node_modules', '.cache', 'specmark', 'check-cache.json');
    const cache = JSON.parse(await readFile(cacheFile, 'utf8'));
    expect(Object.keys(cache.files).sort()).toEqual(['specs/clean.md', 'specs/owner.md', 'specs/secret.md']);
    // A planted cache entry proves the second run reads the cache instead of linting.
    cache.files['specs/clean.md'].messages = [{ ...JSON.parse(first.stdout).files[1].messages[0], message: 'from the cache' }];
    await writeFiles(folder, { 'node_modules/.cache/specmark/check-cache.json': JSON.stringify(cache) });
    const second = JSON.parse((await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout);
    expect(second.files[0].messages.map((message: { message: string }) => message.message)).toEqual(['from the cache']);
    await writeFiles(folder, { 'specs/clean.md': (await readFile(join(folder, 'specs/clean.md'), 'utf8')) + '\n' });
    const third = JSON.parse((await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout);
    expect(third.files[0].messages).toEqual([]);
  });

  test('worker threads give the same results as one thread', async () => {
    const template = await apiTemplate();
    const many: Record<string, string> = {};
    for (let index = 0; index < 24; index++) many[`bulk/spec-${String(index).padStart(2, '0')}.md`] = filledSpec(template, 100 + index).replace(index % 3 === 0 ? 'owner: payments-platform' : '\n', index % 3 === 0 ? 'owner: 42' : '\n');
    await writeFiles(folder, many);
    const single = await runCli(folder, ['check', 'bulk', '--reporter', 'json', '--jobs', '1']);
    const threaded = await runCli(folder, ['check', 'bulk', '--reporter', 'json', '--jobs', '2']);
    expect(threaded).toEqual(single);
    expect(JSON.parse(single.stdout).errorCount).toBe(8);
  });
});
