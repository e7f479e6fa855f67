import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterEach, expect, test } from 'vitest';
import { toLintMessage } from '../src/check/lint-message.ts';
import { mcpSession, textOf, type McpSession } from './support/mcp-session.ts';
import { spawnCli } from './support/spawn-cli.ts';
import { apiTemplate, filledSpec } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const spec = filledSpec(await apiTemplate(), 1);
/** The line after the complete spec, where the hostile paragraph starts. */
const after = spec.split('\n').length + 1;
const refused = 'error    Unexpected block of more than 32,768 characters (not counting spaces) without a blank line, expected a blank line at least every 32,768 characters';

/** The messages the preset gives with remark-parse (what remark-cli runs), as `specmark check` reports them. */
async function remarkMessages(value: string) {
  const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint).freeze();
  const file = new VFile({ path: 'spec.md', value });
  await processor.run(processor.parse(file), file);
  return file.messages.map(toLintMessage);
}

test.each(['&amp;', '&#91;', '&lsqb;'])('a paragraph of 40,000 `%s` is refused at its line in seconds, not parsed into gigabytes', async (reference) => {
  const folder = await tempFolder();
  await writeFile(join(folder, 'spec.md'), `${spec}\n${reference.repeat(40_000)}\n`);
  const result = spawnCli(folder, ['check', 'spec.md'], { env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=512' } });
  expect(result).toMatchObject({ status: 1, signal: null, stderr: '' });
  expect(result.stdout).toBe(`spec.md\n  ${after}:1  ${refused}\n\n✖ 1 problem (1 error, 0 warnings) in 1 file checked\n`);
}, 60_000);

test('1 MB of paragraphs of 6,400 character references each is checked as remark-cli checks it, within 512 MB', async () => {
  const folder = await tempFolder();
  const value = `${spec}\n${Array.from({ length: 30 }, (_, index) => ['&amp;', '&#91;', '&lsqb;'][index % 3]!.repeat(6_400)).join('\n\n')}\n`;
  await writeFile(join(folder, 'spec.md'), value);
  const result = spawnCli(folder, ['check', '--reporter', 'json', 'spec.md'], { env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=512' } });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout).files[0].messages).toEqual(await remarkMessages(value));
}, 60_000);

test('MCP check_spec {text}: 2 MB of `&amp;` is refused at its line, and the server answers the next call', async () => {
  const folder = await tempFolder();
  session = await mcpSession(folder);
  const text = `${spec}\n${'&amp;'.repeat(Math.floor((2_000_000 - spec.length) / 5))}\n`;
  const result = await session.call('check_spec', { text });
  expect(result.isError).toBeFalsy();
  expect((result.structuredContent as { files: { messages: unknown[] }[] }).files[0]!.messages).toEqual([
    expect.objectContaining({ severity: 'error', line: after, column: 1, message: refused.replace(/^error +/, '') }),
  ]);
  const spread = `${spec}\n${Array.from({ length: 12 }, () => '&amp;'.repeat(6_000)).join('\n\n')}\n`;
  const next = await session.call('check_spec', { text: spread });
  expect(next.isError).toBeFalsy();
  expect(textOf(next)).toBe('Checked 1 file: 0 errors, 0 warnings. No problems.');
}, 120_000);

test.each([
  ['50,000 lines of `a b` before a section, and a bare task item (parsed by micromark)', spec.replace('## Coding agent context', `${'a b\n'.repeat(50_000)}\n## Coding agent context`) + '\n- [ ]\n', spec.split('\n').indexOf('## Coding agent context') + 1],
  ['frontmatter that never closes, over 250 KB of `x: y`', `---\ntemplate: api-integration\n${'x: y\n'.repeat(50_000)}`, 1],
])('%s: refused at the line where the block starts, in seconds', async (_, value, line) => {
  const folder = await tempFolder();
  await writeFile(join(folder, 'spec.md'), value);
  const result = spawnCli(folder, ['check', 'spec.md'], { timeout: 30_000 });
  expect(result).toMatchObject({ status: 1, signal: null, stderr: '' });
  expect(result.stdout).toBe(`spec.md\n  ${line}:1  ${refused}\n\n✖ 1 problem (1 error, 0 warnings) in 1 file checked\n`);
}, 60_000);

/** 1,100 lists each ended by the paragraph after it, in a spec known by its frontmatter; a bare task item makes `check` parse it with micromark. */
const closings = `---\ntemplate: api-integration\n---\n\n${'- an item\n\nA paragraph.\n\n'.repeat(1_100)}- [ ]\n`;
/** The paragraph ending the 1,001st list: frontmatter and a blank line, then 4 lines a list. */
const closingLine = 5 + 4 * 1_000 + 2;
const tooManyClosings = 'Unexpected more than 1,000 lists or block quotes ended by a line that does not continue them, expected at most 1,000';

test('1,100 lists between paragraphs are refused at the line ending the 1,001st, by check, fix and MCP check_spec', async () => {
  const folder = await tempFolder();
  await writeFile(join(folder, 'spec.md'), closings);
  const checked = spawnCli(folder, ['check', 'spec.md'], { env: { ...process.env, NO_COLOR: '1' } });
  expect(checked).toMatchObject({ status: 1, signal: null, stderr: '' });
  expect(checked.stdout).toBe(`spec.md\n  ${closingLine}:1  error    ${tooManyClosings}\n\n✖ 1 problem (1 error, 0 warnings) in 1 file checked\n`);
  const fixed = spawnCli(folder, ['fix', 'spec.md'], { env: { ...process.env, NO_COLOR: '1' } });
  expect(fixed).toMatchObject({ status: 1, stdout: '', stderr: 'spec.md: left alone, it ends too many lists and block quotes to read\nNothing to fix.\n' });
  session = await mcpSession(folder);
  const result = await session.call('check_spec', { text: closings.replace('- [ ]\n', '> a quote\n\n'.repeat(10)) });
  expect((result.structuredContent as { files: { messages: unknown[] }[] }).files[0]!.messages).toEqual([expect.objectContaining({ severity: 'error', line: closingLine, column: 1, message: tooManyClosings })]);
}, 60_000);
