import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { mcpSession, specmarkBin } from './support/mcp-session.ts';
import { runCli } from './support/run-cli.ts';
import { tempFolder } from './support/temp-folder.ts';

test('`specmark mcp --help` says what it serves and its limits', async () => {
  const folder = await tempFolder();
  const help = await runCli(folder, ['mcp', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout.split('\n').slice(0, 3)).toEqual(['Usage: specmark mcp [--root <folder>] [options]', '', 'Serve the Specmark tools to coding agents over the Model Context Protocol (stdio).']);
  expect(help.stdout).toContain('      --root <folder>  Workspace root: paths are resolved inside it (default: the current folder)\n');
  expect(help.stdout).toContain('only `.md` and `.mdx` files of at most 2 MB.');
});

test('its log shows the root escaped: a folder name cannot drive the terminal', async () => {
  const folder = await tempFolder();
  await mkdir(join(folder, 'a\u001B]52;c;eA==\u0007b'));
  const result = spawnSync(process.execPath, [specmarkBin, 'mcp', '--root', 'a\u001B]52;c;eA==\u0007b'], { cwd: folder, input: '', encoding: 'utf8', timeout: 30_000 });
  expect(result.stderr).toBe(`specmark mcp: serving ${join(folder, 'a\\u001B]52;c;eA==\\u0007b')} over stdio\n`);
});

test('the help names every tool the server lists', async () => {
  const folder = await tempFolder();
  const session = await mcpSession(folder);
  try {
    const { tools } = await session.client.listTools();
    const help = (await runCli(folder, ['mcp', '--help'])).stdout;
    for (const tool of tools) expect(help).toContain('`' + tool.name + '`');
  } finally {
    await session.close();
  }
});

test('a root that is not a folder, an argument or an unusable configuration stop it with one sentence and exit 2', async () => {
  const folder = await tempFolder();
  await writeFile(join(folder, 'file.md'), '# x\n');
  await writeFile(join(folder, 'bad.json'), '{"rules": 5}');
  expect(await runCli(folder, ['mcp', '--root', 'missing'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected `missing` for `--root`, expected an existing folder.\n' });
  expect(await runCli(folder, ['mcp', '--root', 'file.md'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected `file.md` for `--root`, expected an existing folder.\n' });
  expect(await runCli(folder, ['mcp', 'serve'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected argument `serve` for `specmark mcp` (see `specmark mcp --help`).\n' });
  expect(await runCli(folder, ['mcp', '--config', 'bad.json'])).toEqual({
    code: 2,
    stdout: '',
    stderr: `specmark: Cannot use configuration \`${join(folder, 'bad.json')}\`: Unexpected \`5\` for \`rules\`, expected an object from rule id to setting.\n`,
  });
});

test('`--root` serves another folder: paths are relative to it', async () => {
  const folder = await tempFolder();
  await runCli(folder, ['new', 'api-integration', 'Refunds', '-o', 'repo/refunds.md']);
  const session = await mcpSession(folder, ['--root', 'repo']);
  try {
    expect((await session.call('check_spec', { paths: ['refunds.md'] })).structuredContent).toMatchObject({ files: [{ path: 'refunds.md' }] });
    expect((await session.call('check_spec', { paths: ['repo/refunds.md'] })).isError).toBe(true);
  } finally {
    await session.close();
  }
});

test('`specmark check` never loads the MCP SDK; `specmark mcp` does', async () => {
  const folder = await tempFolder();
  await runCli(folder, ['new', 'api-integration', 'Refunds']);
  // Report every module resolved from the SDK's packages on stderr.
  const hook = `import module from 'node:module'; module.registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); if (found.url.includes('@modelcontextprotocol')) process.stderr.write('LOADED ' + found.url + '\\n'); return found; } });`;
  const start = (command: string) => spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, specmarkBin, command], { cwd: folder, input: '', encoding: 'utf8' });
  const check = start('check');
  expect(check.stdout).toContain('refunds.md');
  expect(check.stderr).not.toContain('LOADED');
  const mcp = start('mcp');
  expect(mcp.status).toBe(0);
  expect(mcp.stderr).toContain('LOADED');
});
