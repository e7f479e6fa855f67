import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { credentials } from '../../../tests/fixtures/secrets/credentials.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';

const run = promisify(execFile);
const monorepo = fileURLToPath(new URL('../../../', import.meta.url));
const remarkCli = join(monorepo, 'node_modules/remark-cli/cli.js');
const github = credentials.find((credential) => credential.id === 'github-classic')!.inline;
let project = '';

beforeAll(async () => {
  // remark-cli loads the preset's published entry points: build them first.
  await run('npm', ['exec', '--', 'tsc', '-b', join(monorepo, 'packages/remark-preset-lint')], { cwd: monorepo });
  project = mkdtempSync(join(tmpdir(), 'specmark-config-lookup-'));
  symlinkSync(join(monorepo, 'node_modules'), join(project, 'node_modules'), 'dir');
  const template = await apiTemplate();
  const techStack = template.fields.find((field) => field.kind === 'prose' && field.section !== template.sections[0]!.slug)!.title;
  const spec = filledSpec(template, 1)
    .replace('owner: payments-platform', 'owner: 42')
    .replace(`### ${techStack}\n\n`, `### ${techStack}\n\nUse ${github} for now. `);
  await writeFiles(project, { 'package.json': '{ "private": true }\n', 'docs/sub/spec.md': spec });
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** `line:column severity ruleId` of each message remark-cli reports for `spec.md`, run from `docs/sub`. */
async function remarkReport(): Promise<string[]> {
  let stderr: string;
  try {
    ({ stderr } = await run(process.execPath, [remarkCli, '--no-color', '--frail', 'spec.md'], { cwd: join(project, 'docs/sub') }));
  } catch (error) {
    ({ stderr } = error as { stderr: string });
  }
  if (/Cannot (?:parse|read|process) file/.test(stderr)) return ['cannot use its configuration'];
  return stderr
    .split('\n')
    .map((line) => /^\s*(\d+:\d+)(?:-\d+:\d+)?\s+(error|warning)\s.*?\s([a-z-]+)\s+specmark\s*$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[2]} ${match[3]}`);
}

/** The same from `specmark check`, run from `docs/sub`. */
async function specmarkReport(): Promise<string[]> {
  const result = await runCli(join(project, 'docs/sub'), ['check', 'spec.md', '--reporter', 'json']);
  if (result.code === 2) return ['cannot use its configuration'];
  const messages = (JSON.parse(result.stdout) as { files: { messages: { line: number; column: number; severity: string; ruleId: string }[] }[] }).files[0]!.messages;
  return messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId}`);
}

/** Write configuration files (and remove the given ones), then compare both tools' reports. */
async function sameReports(files: Record<string, string>, removed: string[] = []): Promise<string[]> {
  await Promise.all(removed.map((name) => rm(join(project, name), { force: true })));
  await writeFiles(project, files);
  const [remark, specmark] = await Promise.all([remarkReport(), specmarkReport()]);
  expect(specmark).toEqual(remark);
  return remark;
}

const preset = '@specmark/remark-preset-lint';
const rule = (id: string): string => `${preset}/rules/${id}`;

test('from a subfolder, both find the same .remarkrc above it, trying the names in remark-cli\'s order (.js before .yml)', async () => {
  const report = await sameReports({
    '.remarkrc.js': `export default { plugins: ['${preset}', ['${rule('frontmatter-schema')}', 'off']] };\n`,
    '.remarkrc.yml': `plugins:\n  - "${preset}"\n  - ["${rule('no-secrets')}", "off"]\n`,
  });
  expect(report.some((line) => line.endsWith(' no-secrets'))).toBe(true);
  expect(report.some((line) => line.endsWith(' frontmatter-schema'))).toBe(false);
}, 60_000);

test('the nearest folder wins: a package.json#remarkConfig with plugins as an object, below the .remarkrc', async () => {
  const report = await sameReports({ 'docs/package.json': JSON.stringify({ private: true, remarkConfig: { plugins: { [preset]: {}, [rule('no-secrets')]: 'off' } } }) });
  expect(report.some((line) => line.endsWith(' no-secrets'))).toBe(false);
  expect(report.some((line) => line.endsWith(' frontmatter-schema'))).toBe(true);
}, 60_000);

test('a package.json without remarkConfig is passed over; a .remarkrc without extension is JSON for both', async () => {
  const report = await sameReports({ 'docs/package.json': '{ "private": true }\n', '.remarkrc': JSON.stringify({ plugins: [preset, [rule('frontmatter-schema'), 'off']] }) }, ['.remarkrc.js', '.remarkrc.yml']);
  expect(report.some((line) => line.endsWith(' frontmatter-schema'))).toBe(false);
  expect(report.some((line) => line.endsWith(' no-secrets'))).toBe(true);
  // YAML in `.remarkrc` is refused by both.
  expect(await sameReports({ '.remarkrc': `plugins:\n  - "${preset}"\n` })).toEqual(['cannot use its configuration']);
}, 60_000);

test('rule settings given as the preset\'s own options apply in both: a rule off, another a warning', async () => {
  const report = await sameReports({ '.remarkrc': JSON.stringify({ plugins: [[preset, { rules: { 'frontmatter-schema': 'off', 'no-secrets': 'warn' } }]] }) });
  expect(report.some((line) => line.endsWith(' frontmatter-schema'))).toBe(false);
  expect(report.some((line) => line.endsWith(' warning no-secrets'))).toBe(true);
}, 60_000);

test('bad preset options are refused by both; specmark names the file and the line of the preset', async () => {
  const remarkrc = `{\n  "plugins": [\n    "${rule('frontmatter-schema')}",\n    ["${preset}", { "rules": 5 }]\n  ]\n}\n`;
  expect(await sameReports({ '.remarkrc': remarkrc })).toEqual(['cannot use its configuration']);
  const result = await runCli(join(project, 'docs/sub'), ['check', 'spec.md']);
  expect(result.stderr).toBe(
    `specmark: Cannot use configuration \`${join(project, '.remarkrc')}:4\`: Unexpected \`5\` for \`rules\`, expected an object from rule id to setting.\n`,
  );
  for (const options of [{ rules: { 'no-placeholders': 'loud' } }, { rules: { 'no-such-rule': 'off' } }, { rules: { 'specific-audience': ['warn', { vagueAudiences: 'x' }] } }]) {
    expect(await sameReports({ '.remarkrc': JSON.stringify({ plugins: [[preset, options]] }) })).toEqual(['cannot use its configuration']);
  }
}, 120_000);
