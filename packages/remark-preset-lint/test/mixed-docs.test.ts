import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

const run = promisify(execFile);
const packages = fileURLToPath(new URL('../../', import.meta.url));
const monorepoModules = fileURLToPath(new URL('../../../node_modules', import.meta.url));
let project = '';

/** Markdown that real repositories hold beside their specs: installed packages' READMEs and a changelog, as published. */
const realMarkdown: Record<string, string> = {
  'docs/README.md': 'unified/readme.md',
  'docs/guides/yaml.md': 'yaml/README.md',
  'docs/guides/picomatch.md': 'picomatch/README.md',
  'docs/reference/vfile.md': 'vfile/readme.md',
  'docs/reference/remark-cli.md': 'remark-cli/readme.md',
  'docs/CHANGELOG.md': 'acorn/CHANGELOG.md',
};

/** Run a command in the project through `npm exec`, as a user would; never throws. */
async function npmExec(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['exec', '--', ...args], { cwd: project, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** remark-cli's report as `file → ['line:column[-line:column] severity ruleId reason', …]`, files with messages only. */
function remarkReport(stderr: string): Record<string, string[]> {
  const report: Record<string, string[]> = {};
  let file = '';
  for (const line of stderr.split('\n')) {
    const header = /^(docs\/\S+\.md)/.exec(line);
    if (header) file = header[1]!;
    const message = /^\s*(\d+:\d+(?:-\d+:\d+)?)\s+(error|warning)\s+(.+?)\s+([a-z-]+)\s+specmark\s*$/.exec(line);
    if (message) (report[file] ??= []).push(`${message[1]} ${message[2]} ${message[4]} ${message[3]}`);
  }
  return report;
}

/** `specmark check --reporter json` as the same shape. */
function specmarkReport(stdout: string): Record<string, string[]> {
  type Message = { line: number; column: number; endLine: number | null; endColumn: number | null; severity: string; ruleId: string; message: string };
  const json = JSON.parse(stdout) as { files: { path: string; messages: Message[] }[] };
  const report: Record<string, string[]> = {};
  for (const file of json.files) {
    if (file.messages.length === 0) continue;
    report[file.path] = file.messages.map((message) => {
      const end = message.endLine === null ? '' : `-${message.endLine}:${message.endColumn}`;
      return `${message.line}:${message.column}${end} ${message.severity} ${message.ruleId} ${message.message}`;
    });
  }
  return report;
}

beforeAll(async () => {
  // The published entry points are the compiled ones: build them first.
  await run('npm', ['exec', '--', 'tsc', '-b', join(packages, 'remark-preset-lint'), join(packages, 'cli')]);
  project = mkdtempSync(join(tmpdir(), 'specmark-mixed-docs-'));
  symlinkSync(monorepoModules, join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
  mkdirSync(join(project, '.git'));
  writeFileSync(join(project, '.remarkrc'), '{ "plugins": ["@specmark/remark-preset-lint"] }\n');
  for (const [to, from] of Object.entries(realMarkdown)) {
    mkdirSync(join(project, to, '..'), { recursive: true });
    cpSync(join(monorepoModules, from), join(project, to));
  }
  const complete = readFileSync(new URL('fixtures/complete-spec.md', import.meta.url), 'utf8');
  mkdirSync(join(project, 'docs/specs'));
  // The files the complete spec references, as its repository would hold them.
  for (const path of ['src/billing/stripe-client.ts', 'src/webhooks/verify.ts', 'src/lib/retry.ts', 'src/billing/repositories/index.ts', 'src/webhooks/index.ts']) {
    mkdirSync(join(project, path, '..'), { recursive: true });
    writeFileSync(join(project, path), 'export {};\n');
  }
  cpSync(new URL('fixtures/complete-spec.md', import.meta.url), join(project, 'docs/specs/complete.md'));
  cpSync(new URL('fixtures/broken-spec.md', import.meta.url), join(project, 'docs/specs/broken.md'));
  // A spec whose frontmatter was deleted, and one whose frontmatter is a flow mapping.
  writeFileSync(join(project, 'docs/specs/lost.md'), complete.replace(/^---\n[\s\S]*?\n---\n\n/, ''));
  writeFileSync(join(project, 'docs/specs/flow.md'), complete.replace(/^---\n[\s\S]*?\n---\n/, '---\n{template: api-integration, templateVersion: 1, status: draft, owner: 42}\n---\n'));
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

test('remark-cli over a docs folder of real READMEs and specs: nothing on the non-specs, the same files and messages as `specmark check`, the spec that lost its frontmatter reported by both', { timeout: 180_000 }, async () => {
  const remark = await npmExec('remark', '--no-color', '--frail', '--no-stdout', 'docs/');
  const specmark = await npmExec('specmark', 'check', '--reporter', 'json', 'docs/');
  expect(remark.code).toBe(1);
  expect(specmark.code).toBe(1);
  const fromRemark = remarkReport(remark.stderr);
  const fromSpecmark = specmarkReport(specmark.stdout);
  // Every README and the changelog: no message; remark-cli lists them as clean.
  for (const name of Object.keys(realMarkdown)) expect(remark.stderr).toContain(`${name}: no issues found`);
  expect(Object.keys(fromRemark).sort()).toEqual(['docs/specs/broken.md', 'docs/specs/flow.md', 'docs/specs/lost.md']);
  // `specmark check` picks the same specs (the complete one too, with no message) and skips the rest.
  expect(JSON.parse(specmark.stdout).files.map((file: { path: string }) => file.path).sort()).toEqual(['docs/specs/broken.md', 'docs/specs/complete.md', 'docs/specs/flow.md', 'docs/specs/lost.md']);
  // The same messages at the same places (the two tools order messages at one place differently).
  const sorted = (report: Record<string, string[]>) => Object.fromEntries(Object.entries(report).map(([file, messages]) => [file, [...messages].sort()]));
  expect(sorted(fromSpecmark)).toEqual(sorted(fromRemark));
  expect(fromRemark['docs/specs/broken.md']).toHaveLength(27);
  expect(fromRemark['docs/specs/lost.md']).toEqual([
    '1:1 error frontmatter-schema Unexpected spec without frontmatter, expected a YAML block between `---` lines at the top of the file with `template: api-integration` (its headings follow that template), `templateVersion`, `status`',
  ]);
  expect(fromRemark['docs/specs/flow.md']).toContain('2:71-2:73 error frontmatter-schema Unexpected integer for `owner`, expected a string or a list');
});
