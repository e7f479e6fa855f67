import { spawn } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { List, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { expect, test } from 'vitest';
import { apiTemplate, filledSpec, withoutGuardrail, writeFiles } from '../../packages/cli/test/support/spec-fixtures.ts';
import { tempFolder } from '../../packages/cli/test/support/temp-folder.ts';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const main = fileURLToPath(new URL('../main.mjs', import.meta.url));

/** What one run of the action's script left behind. */
interface ActionRun {
  code: number | null;
  /** The step's log: workflow commands. */
  stdout: string;
  stderr: string;
  /** `$GITHUB_STEP_SUMMARY`. */
  summary: string;
  /** `$GITHUB_OUTPUT`, read as the runner reads it. */
  outputs: Record<string, string>;
}

/** Read a `$GITHUB_OUTPUT` file: `name=value` lines and `name<<delimiter` blocks. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[index]!);
    if (!heredoc) continue;
    const end = lines.indexOf(heredoc[2]!, index + 1);
    outputs[heredoc[1]!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

/**
 * Run `node action/main.mjs` as the composite action's step does, with the `specmark` of this
 * checkout instead of one installed from the registry, and fake runner files.
 */
async function runAction(workspace: string, inputs: Record<string, string>, cwd = workspace): Promise<ActionRun> {
  const files = await tempFolder();
  const summaryFile = join(files, 'summary.md');
  const outputFile = join(files, 'output.txt');
  await writeFile(summaryFile, '');
  await writeFile(outputFile, '');
  const env = { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, SPECMARK_INSTALL_DIR: repository, ...inputs };
  const child = spawn(process.execPath, ['--conditions=@specmark/source', main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, summary: await readFile(summaryFile, 'utf8'), outputs: readOutputs(await readFile(outputFile, 'utf8')) };
}

/** `specmark check --reporter json` in a folder, for comparison. */
async function runCliJson(folder: string): Promise<{ stdout: string }> {
  const child = spawn(process.execPath, [join(repository, 'packages/cli/bin/specmark.js'), 'check', '--reporter', 'json', 'specs'], { cwd: folder, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  await new Promise((resolve) => child.on('close', resolve));
  return { stdout };
}

/** Parse Markdown as GitHub does (CommonMark + GFM: tables, autolinks). */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Every node of a tree. */
function nodes(tree: Root): { type: string; url?: string }[] {
  const all: { type: string; url?: string }[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    all.push(node);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return all;
}

/** A repository with a clean spec and a spec whose first guardrail was deleted. */
async function repositoryWithSpecs(): Promise<{ folder: string; item: string }> {
  const template = await apiTemplate();
  const { markdown, item } = withoutGuardrail(template, filledSpec(template, 2));
  const folder = await tempFolder();
  await writeFiles(folder, { 'specs/clean.md': filledSpec(template, 1), 'specs/broken.md': markdown });
  return { folder, item };
}

test('one check: annotations, a summary table with linked problems, SARIF and outputs; exit 1 for errors', async () => {
  const { folder, item } = await repositoryWithSpecs();
  const run = await runAction(folder, { SPECMARK_PATHS: 'specs\n', SPECMARK_SARIF_FILE: 'reports/specmark.sarif' });
  expect(run.code).toBe(1);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^::error file=specs\/broken\.md,line=\d+,col=1,title=specmark\(required-checklist-items\)::Unexpected missing item `/);
  expect(run.stdout.trim().split('\n')).toHaveLength(1);
  const sarifPath = join(folder, 'reports/specmark.sarif');
  expect(run.outputs).toEqual({ errors: '1', warnings: '0', 'sarif-file': sarifPath });
  const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['required-checklist-items', 'specs/broken.md']]);

  const tree = parse(run.summary);
  const table = tree.children.find((node): node is Table => node.type === 'table')!;
  expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
    ['File', 'Errors', 'Warnings'],
    ['specs/broken.md', '1', '0'],
  ]);
  const problems = tree.children.find((node): node is List => node.type === 'list')!;
  const quoted = item.length > 60 ? `${item.slice(0, 59)}…` : item;
  expect(problems.children.map((entry) => toString(entry))).toEqual([
    expect.stringMatching(/^specs\/broken\.md:\d+:1 error /),
  ]);
  expect(toString(problems.children[0]!).replace(/^specs\/broken\.md:\d+:1 error /, '')).toBe(
    `Unexpected missing item \`${quoted}\` in \`Do not\`, expected it, or struck through with the reason it does not apply (required-checklist-items)`,
  );
  expect(nodes(tree).filter((node) => node.type === 'link').map((node) => node.url)).toEqual(['https://specmark.dev/rules/required-checklist-items/']);
  expect(run.summary.split('\n')[2]).toBe('❌ 1 error and 0 warnings in 1 of 2 files checked.');
});

test('file content cannot add Markdown or HTML to the summary: values stay text, the table keeps three columns', async () => {
  const template = await apiTemplate();
  const status = 'https://evil.example <script>alert(1)</script> | [x](javascript:alert(1))';
  const environment = 'www.evil.example **b** me@evil.example &amp; a`b # \\ <!-- c -->';
  const spec = filledSpec(template)
    .replace('status: approved', `status: ${JSON.stringify(status)}`)
    .replace(/environments:\n(?: {2}- .*\n)+/, `environments:\n  - ${JSON.stringify(environment)}\n`);
  const folder = await tempFolder();
  const name = 'specs/<b>x</b> [y](z) | `w` *v*.md';
  await writeFiles(folder, { [name]: spec });
  const run = await runAction(folder, { SPECMARK_PATHS: 'specs' });
  expect(run.code).toBe(1);
  const cli = JSON.parse((await runCliJson(folder)).stdout) as { files: { messages: { message: string }[] }[] };
  const messages = cli.files[0]!.messages.map((message) => message.message);
  expect(messages.some((message) => message.includes('<script>'))).toBe(true);
  expect(messages.some((message) => message.includes('**b**'))).toBe(true);
  const tree = parse(run.summary);
  const all = nodes(tree);
  expect(all.filter((node) => node.type === 'html')).toEqual([]);
  expect(new Set(all.filter((node) => node.type === 'link').map((node) => node.url))).toEqual(new Set(['https://specmark.dev/rules/frontmatter-schema/']));
  expect(all.filter((node) => node.type === 'strong')).toHaveLength(messages.length);
  expect(all.filter((node) => node.type === 'emphasis' || node.type === 'inlineCode')).toEqual([]);
  expect(all.filter((node) => node.type === 'heading')).toHaveLength(2);
  const table = tree.children.find((node): node is Table => node.type === 'table')!;
  expect(table.children.every((row) => row.children.length === 3)).toBe(true);
  expect(toString(table.children[1]!.children[0]!)).toBe(name);
  // What a reader sees is what the command line wrote, zero-width spaces (which stop links) aside.
  const shown = (tree.children.find((node) => node.type === 'list') as List).children.map((entry) => toString(entry).replace(/\u200b/g, ''));
  expect(shown).toEqual(messages.map((message) => expect.stringContaining(message)));
  expect(shown.every((line) => line.startsWith(`${name}:`))).toBe(true);
});

test('control and bidirectional characters from a file never reach the summary', async () => {
  const template = await apiTemplate();
  const spec = filledSpec(template).replace('status: approved', `status: ${JSON.stringify('x\u202Edevorppa\u2066y\u001B[2Kz\u2028')}`);
  const folder = await tempFolder();
  await writeFiles(folder, { 'specs/spec\u202E.md': spec });
  const run = await runAction(folder, { SPECMARK_PATHS: 'specs' });
  expect(run.code).toBe(1);
  expect(run.summary).toContain('frontmatter-schema');
  expect(run.summary).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
});

test('a clean repository: exit 0, a one-line summary, zero counts, no SARIF unless asked', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'specs/clean.md': filledSpec(await apiTemplate()), 'README.md': '# Not a spec\n' });
  const run = await runAction(folder, {});
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('');
  expect(run.summary).toBe('## Specmark\n\n✅ 1 spec file checked: no problems.\n');
  expect(run.outputs).toEqual({ errors: '0', warnings: '0', 'sarif-file': '' });
});

test('max-warnings fails the job on warnings; a working directory below the repository prefixes every path', async () => {
  const template = await apiTemplate();
  const folder = await tempFolder();
  const draft = filledSpec(template).replace('status: approved', 'status: draft').replace('### Tech stack\n\n', '### Tech stack\n\n[e.g., "Next.js 14"]\n\n');
  await writeFiles(folder, { 'docs/specs/draft.md': draft });
  const relaxed = await runAction(folder, {}, join(folder, 'docs'));
  expect(relaxed.code).toBe(0);
  expect(relaxed.outputs.warnings).not.toBe('0');
  expect(relaxed.stdout).toMatch(/^::warning file=docs\/specs\/draft\.md,line=\d+/);
  const strict = await runAction(folder, { SPECMARK_MAX_WARNINGS: '0', SPECMARK_SARIF_FILE: 'specmark.sarif' }, join(folder, 'docs'));
  expect(strict.code).toBe(1);
  expect(strict.outputs['sarif-file']).toBe(join(folder, 'specmark.sarif'));
  const sarif = JSON.parse(await readFile(join(folder, 'specmark.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('docs/specs/draft.md');
  expect(strict.summary.split('\n')[2]).toMatch(/^⚠️ 0 errors and \d+ warnings? in 1 of 1 file checked\.$/);
});

test('an unusable configuration or path: exit 2, one error annotation, a summary that says so', async () => {
  const folder = await tempFolder();
  await mkdir(join(folder, 'specs'));
  await writeFile(join(folder, 'bad.json'), '{"rules": 5}');
  const run = await runAction(folder, { SPECMARK_CONFIG: 'bad.json' });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe(`::error title=Specmark::specmark: Cannot use configuration \`${join(folder, 'bad.json')}\`: Unexpected \`5\` for \`rules\`, expected an object from rule id to setting.\n`);
  expect(toString(parse(run.summary).children[1]!)).toBe(`❌ The check could not run: specmark: Cannot use configuration \`${join(folder, 'bad.json')}\`: Unexpected \`5\` for \`rules\`, expected an object from rule id to setting.`);
  expect(run.outputs).toEqual({});
  const missing = await runAction(folder, { SPECMARK_PATHS: 'nowhere/*.md' });
  expect(missing.code).toBe(2);
  expect(missing.stdout).toMatch(/^::error title=Specmark::specmark: Unexpected path `nowhere\/\*\.md`/);
});

test('no spec in the repository: the summary says so and the job passes', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'README.md': '# Hello\n' });
  const run = await runAction(folder, {});
  expect(run.code).toBe(0);
  expect(run.summary).toBe('## Specmark\n\nNo spec files found: no Markdown file names a known template in its frontmatter (`template: api-integration`).\n');
});

// Two runs of the command line and two of the action: longer than the default on busy cores.
test('the suppressions file at the repository root applies: suppressed errors are not annotated nor counted, SARIF marks them; stale ones fail the job', { timeout: 120_000 }, async () => {
  const { folder } = await repositoryWithSpecs();
  const cli = join(repository, 'packages/cli/bin/specmark.js');
  await new Promise((resolve) => spawn(process.execPath, [cli, 'check', '--suppress-all'], { cwd: folder, stdio: 'ignore' }).on('close', resolve));
  expect(JSON.parse(await readFile(join(folder, 'specmark-suppressions.json'), 'utf8'))).toEqual({ 'specs/broken.md': { 'required-checklist-items': { count: 1 } } });
  const run = await runAction(folder, { SPECMARK_SARIF_FILE: 'specmark.sarif' });
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('');
  expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
  expect(run.summary).toBe('## Specmark\n\n✅ 2 spec files checked: no problems.\n\n1 error suppressed by the suppressions file (not counted above).\n');
  const sarif = JSON.parse(await readFile(join(folder, 'specmark.sarif'), 'utf8')) as { runs: { results: { ruleId: string; suppressions?: unknown }[] }[] };
  expect(sarif.runs[0]!.results.map((result) => [result.ruleId, result.suppressions])).toEqual([['required-checklist-items', [{ kind: 'external', status: 'accepted' }]]]);

  // The broken spec is renamed: its error is new under its new name, and its old suppression is stale.
  await rename(join(folder, 'specs/broken.md'), join(folder, 'specs/refunds.md'));
  const stale = await runAction(folder, {});
  expect(stale.code).toBe(1);
  expect(stale.stdout.split('\n')[1]).toBe(
    '::error title=Specmark::1 suppressed error in the suppressions file no longer occurs (in files renamed or deleted): run specmark check --prune-suppressions and commit the file.',
  );
  const list = parse(stale.summary).children.filter((node): node is List => node.type === 'list');
  expect(list.map((node) => toString(node))).toEqual([expect.stringMatching(/^specs\/refunds\.md:\d+:1 error /), 'specs/broken.md required-checklist-items: 1 in a file renamed or deleted']);
});
