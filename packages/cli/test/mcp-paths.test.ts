import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { mcpSession, textOf, type McpSession } from './support/mcp-session.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A workspace with one spec inside and a secret file outside it (beside it, in the same temp folder). */
async function workspace(): Promise<{ root: string; outside: string }> {
  const parent = await tempFolder();
  const root = join(parent, 'repo');
  const outside = join(parent, 'outside');
  await writeFiles(root, { 'specs/ok.md': filledSpec(await apiTemplate()), 'notes.txt': 'not a spec\n' });
  await writeFiles(outside, { 'secret.md': '---\ntemplate: api-integration\n---\n\nThe outside file.\n' });
  await symlink(join(outside, 'secret.md'), join(root, 'specs/link-out.md'));
  await symlink(outside, join(root, 'specs/folder-out'));
  await symlink(join(root, 'specs/ok.md'), join(root, 'specs/link-in.md'));
  await mkdir(join(root, 'specs/folder.md'));
  return { root, outside };
}

/** What each refused path gives: one sentence, and the server goes on. */
const refusals: [string, (root: string, outside: string) => string, string][] = [
  ['a path that climbs out', () => '../outside/secret.md', 'Unexpected path `../outside/secret.md` outside the workspace, expected a path inside it (relative to the workspace root).'],
  ['a path that climbs out and back in', () => 'specs/../../repo/specs/ok.md', ''],
  ['an absolute path outside', (_root, outside) => join(outside, 'secret.md'), 'Unexpected path `OUTSIDE/secret.md` outside the workspace, expected a path inside it (relative to the workspace root).'],
  ['the root itself', () => '.', 'Unexpected path `.`, expected a file, not a folder or device.'],
  ['a symbolic link to a file outside', () => 'specs/link-out.md', 'Unexpected path `specs/link-out.md`: it is a symbolic link (or inside one) that leads outside the workspace, expected a file inside it.'],
  ['a file inside a linked folder outside', () => 'specs/folder-out/secret.md', 'Unexpected path `specs/folder-out/secret.md`: it is a symbolic link (or inside one) that leads outside the workspace, expected a file inside it.'],
  ['a text file', () => 'notes.txt', 'Unexpected path `notes.txt`, expected a Markdown file ending in `.md` or `.mdx`.'],
  ['a missing file', () => 'specs/missing.md', 'Unexpected path `specs/missing.md`, expected an existing file.'],
  ['a folder named like a spec', () => 'specs/folder.md', 'Unexpected path `specs/folder.md`, expected a file, not a folder or device.'],
  ['an empty path', () => '', 'Unexpected empty path, expected the path of a Markdown file in the workspace.'],
  ['a path with a line break and an escape sequence', () => 'specs/a\n\u001b[2Jb.md', 'Unexpected path `specs/a\\n\\u001B[2Jb.md`, expected an existing file.'],
];

test.each(refusals)('check_spec refuses %s with one sentence', async (_name, path, message) => {
  const { root, outside } = await workspace();
  session = await mcpSession(root);
  const result = await session.call('check_spec', { paths: [path(root, outside)] });
  if (message === '') {
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ files: [{ path: 'specs/ok.md' }] });
    return;
  }
  expect(result).toEqual({ isError: true, content: [{ type: 'text', text: message.replace('OUTSIDE', outside) }] });
  // The server is still there.
  expect((await session.call('check_spec', { paths: ['specs/ok.md'] })).structuredContent).toMatchObject({ errorCount: 0 });
  expect(session.stderr()).not.toMatch(/Error|at /);
});

test('a symbolic link that stays inside is read, and reported under the path given', async () => {
  const { root } = await workspace();
  session = await mcpSession(root);
  const result = await session.call('check_spec', { paths: ['specs/link-in.md'] });
  expect(result.structuredContent).toMatchObject({ errorCount: 0, files: [{ path: 'specs/link-in.md' }] });
});

test('files over 2 MB are refused before they are read; 2 MB is allowed', async () => {
  const { root } = await workspace();
  const spec = filledSpec(await apiTemplate());
  await writeFile(join(root, 'big.md'), spec + 'x'.repeat(2 * 1024 * 1024 + 1 - Buffer.byteLength(spec)));
  await writeFile(join(root, 'limit.md'), spec + '\n' + 'y'.repeat(2 * 1024 * 1024 - 1 - Buffer.byteLength(spec)));
  session = await mcpSession(root);
  expect(await session.call('check_spec', { paths: ['big.md'] })).toEqual({ isError: true, content: [{ type: 'text', text: 'Unexpected file `big.md` of 2,097,153 bytes, expected at most 2,097,152 bytes (2 MB).' }] });
  expect(await session.call('fix_spec', { path: 'big.md' })).toMatchObject({ isError: true });
  const limit = await session.call('check_spec', { paths: ['limit.md'] });
  expect(limit.isError).toBeFalsy();
  expect(await session.call('check_spec', { text: 'z'.repeat(3 * 1024 * 1024) })).toEqual({ isError: true, content: [{ type: 'text', text: 'Unexpected text of 3,145,728 bytes, expected at most 2,097,152 bytes (2 MB).' }] });
});

test('a FIFO named like a spec is refused without waiting for a writer', async () => {
  const { root } = await workspace();
  try {
    execFileSync('mkfifo', [join(root, 'pipe.md')]);
  } catch {
    return; // No mkfifo on this system.
  }
  session = await mcpSession(root);
  expect(await session.call('check_spec', { paths: ['pipe.md'] })).toEqual({ isError: true, content: [{ type: 'text', text: 'Unexpected path `pipe.md`, expected a file, not a folder or device.' }] });
});

test('fix_spec and new_spec never write outside, through a link, or over a file', async () => {
  const { root, outside } = await workspace();
  session = await mcpSession(root);
  expect(textOf(await session.call('fix_spec', { path: 'specs/link-out.md', write: true }))).toMatch(/^Unexpected path `specs\/link-out\.md`: it is a symbolic link/);
  expect(textOf(await session.call('new_spec', { title: 'Out', path: '../outside/new.md', write: true }))).toBe('Unexpected path `../outside/new.md` outside the workspace, expected a path inside it (relative to the workspace root).');
  expect(textOf(await session.call('new_spec', { title: 'Out', path: 'specs/folder-out/new.md', write: true }))).toMatch(/^Unexpected path `specs\/folder-out\/new\.md`: it is a symbolic link/);
  expect(textOf(await session.call('new_spec', { title: 'Link', path: 'specs/link-out.md', write: true }))).toBe('Unexpected existing file `specs/link-out.md`, expected a new path (an existing file is never overwritten).');
  expect(textOf(await session.call('new_spec', { title: 'Over', path: 'specs/ok.md', write: true }))).toBe('Unexpected existing file `specs/ok.md`, expected a new path (an existing file is never overwritten).');
  expect(textOf(await session.call('new_spec', { title: 'Text', path: 'notes.txt', write: true }))).toBe('Unexpected path `notes.txt`, expected a Markdown file ending in `.md` or `.mdx`.');
  expect(await readFile(join(outside, 'secret.md'), 'utf8')).toBe('---\ntemplate: api-integration\n---\n\nThe outside file.\n');
  expect(await readFile(join(root, 'notes.txt'), 'utf8')).toBe('not a spec\n');
});

test('fix_spec refuses a file that is not UTF-8 at its first bad byte, as `specmark fix` does, and leaves it as it was; check_spec reads it as `specmark check` does', async () => {
  const { root } = await workspace();
  const spec = filledSpec(await apiTemplate());
  const bytes = Buffer.concat([Buffer.from(spec.replace('### Do not\n\n', '### Do not\n\n- [ ] Do not \u00e9\n').split('- [x] Do not hardcode')[0]!), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
  await writeFile(join(root, 'latin.md'), bytes);
  session = await mcpSession(root);
  // fix_spec gives the reason `specmark fix` gives, at the same byte.
  const fixed = await runCli(root, ['fix', 'latin.md']);
  const reason = /^latin\.md: left alone, (.+)\n/.exec(fixed.stderr)![1]!;
  expect(reason).toMatch(/^unexpected byte 0xFF at line \d+, column \d+, expected UTF-8 text/);
  expect(await session.call('fix_spec', { path: 'latin.md', write: true })).toEqual({
    isError: true,
    content: [{ type: 'text', text: `Cannot fix \`latin.md\`: ${reason}; nothing was changed.` }],
  });
  expect((await readFile(join(root, 'latin.md'))).equals(bytes)).toBe(true);
  const checked = await session.call('check_spec', { paths: ['latin.md'] });
  expect(checked.isError).toBeFalsy();
  expect(checked.structuredContent).toEqual(JSON.parse((await runCli(root, ['check', '--reporter', 'json', 'latin.md'])).stdout));
  const lines = spec.split('- [x] Do not hardcode')[0]!.replace('### Do not\n\n', '### Do not\n\n- [ ] Do not \u00e9\n').split('\n');
  expect((checked.structuredContent as { files: { messages: unknown[] }[] }).files[0]!.messages).toEqual([
    expect.objectContaining({ ruleId: null, line: lines.length, column: lines.at(-1)!.length + 1, message: `Unexpected byte 0xFF at line ${lines.length}, column ${lines.at(-1)!.length + 1}, expected UTF-8 text (save the file as UTF-8)` }),
  ]);
});

test('unusable calls get one sentence each', async () => {
  const { root } = await workspace();
  session = await mcpSession(root);
  const sentence = async (name: string, args: Record<string, unknown>) => {
    const result = await session!.call(name, args);
    expect(result.isError).toBe(true);
    return textOf(result);
  };
  expect(await sentence('check_spec', {})).toBe('Unexpected call without `paths` or `text`, expected the spec files to read or the Markdown itself.');
  expect(await sentence('check_spec', { paths: ['specs/ok.md'], text: '# x' })).toBe('Unexpected both `paths` and `text`, expected one of them.');
  expect(await sentence('check_spec', { paths: Array.from({ length: 101 }, () => 'specs/ok.md') })).toBe('Unexpected 101 paths, expected at most 100 in one call.');
  expect(await sentence('fix_spec', {})).toBe('Unexpected call without `path` or `text`, expected the spec file to read or the Markdown itself.');
  expect(await sentence('fix_spec', { path: 'specs/ok.md', text: '# x' })).toBe('Unexpected both `path` and `text`, expected one of them.');
  expect(await sentence('fix_spec', { text: '# x', write: true })).toBe('Unexpected `write: true` with `text`, expected a `path` to write to.');
  expect(await sentence('fix_spec', { text: '---\ntemplate: api-integration\ntitle: [unclosed\n---\n' })).toBe(
    'Cannot fix `(text)`: its frontmatter is not a YAML mapping (nothing was changed; the templates this workspace knows: `api-integration`).',
  );
  expect(await sentence('fix_spec', { text: '# Notes\n\n## Ideas\n' })).toBe(
    'Cannot fix `(text)`: it is not a spec: its frontmatter names no known template and its headings follow none (nothing was changed; the templates this workspace knows: `api-integration`).',
  );
  expect(await sentence('fix_spec', { text: '---\ntemplate: payments\ntemplateVersion: 1\n---\n' })).toBe(
    'Cannot fix `(text)`: its frontmatter names unknown template `payments` (nothing was changed; the templates this workspace knows: `api-integration`).',
  );
  // The SDK checks the input against the tool's input schema before the tool runs.
  expect(await sentence('check_spec', { paths: 'specs/ok.md' })).toMatch(/paths/);
});
