import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { quotedCredential, writtenCredentials as written } from '../../../tests/fixtures/secrets/credentials.ts';
import { leaks } from '../../../tests/fixtures/secrets/leaks.ts';

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const monorepoModules = fileURLToPath(new URL('../../../node_modules', import.meta.url));
let project = '';

/** Run a command in the project through `npm exec`, as a user would; never throws. */
async function npmExec(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['exec', '--', ...args], { cwd: project, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The report lines of one file: `line:column-line:column severity ruleId`. */
function reportOf(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => /^\s*(\d+:\d+(?:-\d+:\d+)?)\s+(error|warning)\s.*?\s([a-z-]+)\s+specmark\s*$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[2]} ${match[3]}`);
}

beforeAll(async () => {
  // The published entry points are the compiled ones: build them first.
  await run('npm', ['exec', '--', 'tsc', '-b', packageRoot]);
  project = mkdtempSync(join(tmpdir(), 'specmark-remark-cli-'));
  symlinkSync(monorepoModules, join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
  writeFileSync(join(project, '.remarkrc'), '{ "plugins": ["@specmark/remark-preset-lint"] }\n');
  cpSync(new URL('fixtures/complete-spec.md', import.meta.url), join(project, 'docs/complete-spec.md'));
  mkdirSync(join(project, 'hostile'));
  cpSync(new URL('fixtures/broken-spec.md', import.meta.url), join(project, 'docs/broken-spec.md'));
  // A spec pasted from a terminal: a token as the template id, a line rewrite in an open question.
  const token = ['ghp', '4kTr9bWq2LmXz8VnP1sYcD7hJ0gFa3eK5uNo'].join('_');
  const complete = readFileSync(new URL('fixtures/complete-spec.md', import.meta.url), 'utf8');
  mkdirSync(join(project, 'slow'));
  writeFileSync(join(project, 'slow/html.md'), `${complete}\n<div>${' '.repeat(120_000)}</div>\n`);
  writeFileSync(join(project, 'hostile/token.md'), complete.replace('template: api-integration', `template: ${token}`));
  writeFileSync(join(project, 'hostile/question.md'), complete.replace(/^- \[x\] (.*)\?.*$/m, '- [ ] Is it \u001b[8mdone\u001b]52;c;aGk=\u0007?'));
  writeFileSync(join(project, 'hostile/headers.md'), complete.replace(/^- \[x\] (.*)\?.*$/m, written.map((credential) => `- [ ] Is ${credential.inline} still valid?`).join('\n')));
  // What several Windows editors write: a byte order mark and CRLF line endings.
  writeFileSync(join(project, 'docs/complete-bom.md'), '\ufeff' + readFileSync(new URL('fixtures/complete-spec.md', import.meta.url), 'utf8').replace(/\n/g, '\r\n'));
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

test('npm exec runs remark under Node 26', async () => {
  const { stdout } = await npmExec('node', '--version');
  expect(stdout.trim()).toMatch(/^v26\./);
});

test('`remark --frail docs/` with a one-line .remarkrc reports the broken spec and passes the complete one', { timeout: 120_000 }, async () => {
  const { code, stderr } = await npmExec('remark', '--no-color', '--frail', 'docs/');
  expect(code).toBe(1);
  expect(stderr).toContain('docs/complete-spec.md: no issues found');
  expect(stderr).toContain('docs/complete-bom.md: no issues found');
  expect(stderr).toContain('Unexpected Stripe secret key (live) `sk_l…`');
  expect(stderr).not.toContain('sk_live_51Hx');
  expect(reportOf(stderr)).toEqual([
    '5:1-5:7 error frontmatter-schema',
    '5:1-5:7 error frontmatter-schema',
    '7:25-7:29 error frontmatter-schema',
    '14:1-14:12 error no-empty-sections',
    '18:1-18:11 error specific-audience',
    '22:3-22:31 error no-placeholders',
    '26:1-26:6 error no-hollow-answers',
    '34:1-34:91 error specific-behaviors',
    ...Array.from({ length: 4 }, () => '34:91 error questions-answered'),
    '38:3-38:6 error open-questions-resolved',
    '42:1-42:20 error section-order',
    '44:19-44:67 error no-secrets',
    '56:1-56:88 error required-checklist-items',
    ...Array.from({ length: 5 }, () => '56:88 error required-checklist-items'),
    ...Array.from({ length: 6 }, () => '60:1 error required-checklist-items'),
  ]);
  expect(stderr).toContain('✖ 27 errors');
});

test('remark-cli shows no secret and no control character quoted from a spec', { timeout: 120_000 }, async () => {
  const { code, stderr } = await npmExec('remark', '--no-color', '--frail', '--quiet', 'hostile', '--no-stdout');
  expect(code).toBe(1);
  expect(stderr).toContain('Unexpected template `ghp_…`');
  expect(stderr).toContain('Unexpected open question `Is it \\u001B[8mdone\\u001B]52;c;aGk=\\u0007?`');
  expect(stderr).not.toContain('4kTr9bWq2L');
  expect(stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  for (const credential of written) {
    expect(stderr).toContain(`Unexpected ${credential.kind} \`${credential.shown}…\``);
    expect(stderr).toContain(`Unexpected open question \`Is ${quotedCredential(credential)} still valid?\``);
  }
  expect(leaks(stderr)).toEqual([]);
});

test('remark-cli lints an HTML block of 120,000 spaces at once (lint comments are only searched in comments)', { timeout: 60_000 }, async () => {
  const { code, stderr } = await npmExec('remark', '--no-color', '--frail', 'slow/html.md', '--no-stdout');
  expect(code).toBe(0);
  expect(stderr).toContain('slow/html.md: no issues found');
});

test('the complete spec alone passes `--frail`', { timeout: 120_000 }, async () => {
  const { code, stderr } = await npmExec('remark', '--no-color', '--frail', '--quiet', 'docs/complete-spec.md', '-o', '-');
  expect(stderr.replace(/^npm warn .*\n/gm, '').trim()).toBe('');
  expect(code).toBe(0);
});
