import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { applyPatch } from 'diff';
import { reporters, run } from 'specmark';
import { beforeEach, describe, expect, test } from 'vitest';
import { credentials } from '../../../tests/fixtures/secrets/credentials.ts';
import { leaks } from '../../../tests/fixtures/secrets/leaks.ts';
import { runCli } from './support/run-cli.ts';
import { spawnCli } from './support/spawn-cli.ts';
import { apiTemplate, filledSpec, withoutGuardrail, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

/** Characters no text output may contain: C0 controls but the line feed, DEL, C1, U+2028/9, bidi controls. */
const rawControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const github = credentials.find((credential) => credential.id === 'github-classic')!.inline;
const slack = credentials.find((credential) => credential.id === 'slack-bot')!.inline;

let folder: string;
let spec: string;
beforeEach(async () => {
  folder = await tempFolder();
  spec = filledSpec(await apiTemplate(), 1);
});

describe('text from a file reaches the terminal escaped', () => {
  // `status: "x\r\e[2K✔ 1 file checked, no problems\e[8m"` would rewrite the error line as a fake all-clear.
  const fake = 'status: "x\\r\\x1b[2K✔ 1 file checked, no problems\\x1b[8m"';

  test('stylish: a value that rewrites the line is shown as visible escapes, and the summary still says 1 error', async () => {
    await writeFiles(folder, { 'spec.md': spec.replace('status: approved', fake) });
    const result = await runCli(folder, ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(rawControl);
    expect(result.stdout).toContain('Unexpected `x\\r\\u001B[2K✔ 1 file checked, no problems\\u001B[8m` for `status`, expected one of');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 file checked');
  });

  test('stylish with colour: the only escape sequences are the reporter\'s own colours', async () => {
    await writeFiles(folder, { 'spec.md': spec.replace('status: approved', fake) });
    const result = await runCli(folder, ['check', '--color']);
    const sequences = [...result.stdout.matchAll(/\u001B[^m]*m/g)].map((match) => match[0]);
    expect(new Set(sequences)).toEqual(new Set(['\u001B[4m', '\u001B[24m', '\u001B[31m', '\u001B[39m', '\u001B[2m', '\u001B[22m']));
    expect(result.stdout.replace(/\u001B\[\d+m/g, '')).not.toMatch(rawControl);
  });

  test('a clipboard write (OSC 52) in a value is escaped by every text reporter', async () => {
    await writeFiles(folder, { 'spec.md': spec.replace('status: approved', 'status: "draft \\x1b]52;c;aGk=\\x07"') });
    for (const reporter of ['stylish', 'github']) {
      const result = await runCli(folder, ['check', '--reporter', reporter]);
      expect(result.stdout, reporter).not.toMatch(rawControl);
      expect(result.stdout, reporter).toContain('draft \\u001B]52;c;aGk=\\u0007');
    }
  });

  test('file names with ESC, a line break or a bidi override: escaped in stylish and github, exact in JSON (written as \\u escapes)', async () => {
    const names = ['a\u001B[31m.md', 'b\nc.md', 'd\u202Eevil.md'];
    await writeFiles(folder, Object.fromEntries(names.map((name) => [name, spec.replace('owner: payments-platform', 'owner: 42')])));
    const stylish = await runCli(folder, ['check']);
    expect(stylish.stdout).not.toMatch(rawControl);
    expect(stylish.stdout.split('\n').filter((line) => line.endsWith('.md'))).toEqual(['a\\u001B[31m.md', 'b\\nc.md', 'd\\u202Eevil.md']);
    const githubReport = await runCli(folder, ['check', '--reporter', 'github']);
    expect(githubReport.stdout).not.toMatch(rawControl);
    expect(githubReport.stdout.split('\n').map((line) => /file=([^,]*),/.exec(line)?.[1])).toEqual(['a\\u001B[31m.md', 'b\\nc.md', 'd\\u202Eevil.md', undefined]);
    const sarif = await runCli(folder, ['check', '--reporter', 'sarif']);
    expect(sarif.stdout).not.toMatch(rawControl);
    const uris = (JSON.parse(sarif.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.map(
      (result) => decodeURI(result.locations[0]!.physicalLocation.artifactLocation.uri),
    );
    expect(uris).toEqual(names);
    const jsonText = (await runCli(folder, ['check', '--reporter', 'json'])).stdout;
    expect(jsonText).not.toMatch(rawControl);
    expect(jsonText).toContain('"d\\u202Eevil.md"');
    const json = JSON.parse((await runCli(folder, ['check', '--reporter', 'json'])).stdout) as { files: { path: string }[] };
    expect(json.files.map((file) => file.path)).toEqual(names);
  });

  test('messages read back from the cache are shown as safely as fresh ones', async () => {
    await writeFiles(folder, { 'spec.md': spec.replace('owner: payments-platform', 'owner: 42') });
    expect((await runCli(folder, ['check', '--cache'])).code).toBe(1);
    const path = join(folder, 'node_modules/.cache/specmark/check-cache.json');
    const cache = JSON.parse(await readFile(path, 'utf8')) as { files: Record<string, { messages: { message: string; ruleId: string }[] }> };
    const message = cache.files['spec.md']!.messages[0]!;
    message.message = `x\r\u001B[2K✔ no problems \u009B31m ${github} \u202Egnp`;
    message.ruleId = 'rule\u001B[8m';
    await writeFile(path, JSON.stringify(cache));
    for (const reporter of ['stylish', 'github', 'json', 'sarif']) {
      const result = await runCli(folder, ['check', '--cache', '--reporter', reporter]);
      expect(result.stdout, reporter).not.toMatch(rawControl);
      expect(leaks(result.stdout), reporter).toEqual([]);
    }
    const stylish = await runCli(folder, ['check', '--cache']);
    expect(stylish.stdout).toContain('x\\r\\u001B[2K✔ no problems \\u009B31m ghp_… \\u202Egnp  rule\\u001B[8m');
    const json = JSON.parse((await runCli(folder, ['check', '--cache', '--reporter', 'json'])).stdout) as { files: { messages: { message: string; ruleId: string }[] }[] };
    // JSON keeps control characters (as escapes that read back exactly); only the secret is redacted.
    expect(json.files[0]!.messages[0]).toMatchObject({ message: 'x\r\u001B[2K✔ no problems \u009B31m ghp_… \u202Egnp', ruleId: 'rule\u001B[8m' });
  });

  test('the JSON helper escapes every control character JSON.stringify leaves raw; the value reads back the same', async () => {
    const message = { ruleId: null, source: null, severity: 'info' as const, message: 'a\u007F\u0085\u009B\u2028\u2029\u202A\u202E\u2066\u2069\u001B', line: null, column: null, endLine: null, endColumn: null, url: null, note: null, messageId: null, data: null };
    const files = [{ path: 'x.md', messages: [message], errorCount: 0, warningCount: 0 }];
    for (const name of ['json', 'sarif']) {
      const text = await reporters[name]!({ files, version: '0.1.0' }, { color: false });
      expect(text, name).not.toMatch(rawControl);
      expect(text, name).toContain('a\\u007F\\u0085\\u009B\\u2028\\u2029\\u202A\\u202E\\u2066\\u2069\\u001b');
      expect(JSON.stringify(JSON.parse(text)), name).toContain(JSON.stringify(message.message).slice(1, -1));
    }
  });
});

describe('secrets in file names and messages are redacted by every reporter', () => {
  test('a token in a file name is shown as its first characters', async () => {
    await writeFiles(folder, { [`specs/${github}.md`]: spec.replace('owner: payments-platform', 'owner: 42') });
    for (const reporter of ['stylish', 'github', 'json', 'sarif']) {
      const result = await runCli(folder, ['check', '--reporter', reporter]);
      expect(result.code, reporter).toBe(1);
      expect(leaks(result.stdout), reporter).toEqual([]);
      const shown = reporter === 'sarif' ? (JSON.parse(result.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.map((each) => decodeURI(each.locations[0]!.physicalLocation.artifactLocation.uri)).join('\n') : result.stdout;
      expect(shown, reporter).toContain('specs/ghp_…');
    }
  });

  test('a token pasted as a frontmatter key is redacted in the message', async () => {
    await writeFiles(folder, { 'spec.md': spec.replace('owner: payments-platform', `owner: payments-platform\n${slack}: x`) });
    const result = await runCli(folder, ['check']);
    expect(result.stdout).toMatch(/Unexpected key `xoxb…`, expected one of/);
    expect(leaks(result.stdout)).toEqual([]);
  });
});

describe('every `specmark:` line and every line `fix` and `new` print is safe', () => {
  test('a missing path, a bad configuration path and an internal reason are escaped', async () => {
    const missing = await runCli(folder, ['check', 'missing\u001Bc\r.md']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('specmark: Unexpected path `missing\\u001Bc\\r.md`, expected an existing file or folder, or a glob that matches files.\n');
    const config = await runCli(folder, ['check', '--config', `c\u001B]52;c;eA==\u0007${github}.json`]);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('specmark: Cannot use configuration `c\\u001B]52;c;eA==\\u0007ghp_….json`: no such file.\n');
  });

  test('fix: the names and template ids it prints are escaped', async () => {
    await writeFiles(folder, {
      'a\u001B[2K.md': spec.replace('template: api-integration', 'template: "evil\\x1b[8m"'),
      'b\u0007.md': spec.replace(`\n## ${(await apiTemplate()).sections.at(-1)!.title}\n`, '\n## Removed\n'),
    });
    const result = await runCli(folder, ['fix', 'a\u001B[2K.md', 'b\u0007.md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('a\\u001B[2K.md: left alone, its frontmatter names unknown template `evil\\u001B[8m`\n');
    expect(result.stdout).toMatch(/^b\\u0007\.md: added section `/);
    expect(result.stdout + result.stderr).not.toMatch(rawControl);
  });

  test('fix --dry-run: on a terminal the diff is shown safely; piped, it is exact and applies', async () => {
    const { item } = withoutGuardrail(await apiTemplate(), spec);
    // The deleted guardrail's line now holds hostile text, so that it is in the diff's context.
    const hostile = spec.replace(`- [x] ${item}\n`, `- [x] See ${github} \u001B]52;c;eA==\u0007 here.\n`);
    await writeFiles(folder, { 'spec.md': hostile });
    const dryRun = async (isTTY: boolean): Promise<string> => {
      let stdout = '';
      await run(['fix', '--dry-run'], { cwd: folder, stdout: { isTTY, write: (text: string) => (stdout += text) }, stderr: { write: () => true }, stdin: new PassThrough(), env: {} });
      return stdout;
    };
    const terminal = await dryRun(true);
    expect(terminal).toContain(' - [x] See ghp_… \\u001B]52;c;eA==\\u0007 here.');
    expect(terminal).not.toMatch(rawControl);
    expect(leaks(terminal)).toEqual([]);
    const piped = await dryRun(false);
    expect(piped).toContain(` - [x] See ${github} \u001B]52;c;eA==\u0007 here.`);
    const patched = applyPatch(hostile, piped);
    expect((await runCli(folder, ['fix'])).code).toBe(0);
    expect(patched).toBe(await readFile(join(folder, 'spec.md'), 'utf8'));
  });

  test('new: a file name with a control character is refused, and shown escaped', async () => {
    const result = await runCli(folder, ['new', 'api-integration', 'Refunds', '-o', 'n\u001B[2K.md']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'specmark: Unexpected path `n\\u001B[2K.md` with a line break, control or bidirectional-text character, expected a file path of printable characters.\n',
    });
  });

  test('the executable never prints a raw control byte in an error line either', async () => {
    const result = spawnCli(folder, ['check', `${github}\u0007.md`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('specmark: Unexpected path `ghp_…\\u0007.md`, expected an existing file or folder, or a glob that matches files.\n');
  });
});
