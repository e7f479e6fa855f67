import { expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { tempFolder } from './support/temp-folder.ts';

test('unknown flags and commands get one sentence and exit 2', async () => {
  const folder = await tempFolder();
  expect(await runCli(folder, ['check', '--fast'])).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'specmark: Unexpected flag `--fast` for `specmark check`, expected one of `--reporter`, `--max-warnings`, `--cache`, `--cache-location`, `--config`, `--jobs`, `--suppress-all`, `--suppress-rule`, `--prune-suppressions`, `--suppressions-location`, `--pass-on-unpruned-suppressions`, `--color`, `--no-color`, `--help`.\n',
  });
  expect(await runCli(folder, ['lint'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected command `lint`, expected one of `check`, `new`, `fix`, `mcp` (see `specmark --help`).\n' });
  expect(await runCli(folder, ['check', '--reporter'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected `--reporter` without a value, expected `--reporter <name>`.\n' });
  expect(await runCli(folder, ['check', '--reporter', 'xml'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected `xml` for `--reporter`, expected one of `stylish`, `json`, `github`, `sarif`.\n',
  });
  expect(await runCli(folder, ['check', '--max-warnings', 'many'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected `many` for `--max-warnings`, expected a whole number of at least 0.\n',
  });
});

test('bad globs and missing paths get one sentence and exit 2', async () => {
  const folder = await tempFolder();
  expect(await runCli(folder, ['check', 'docs/[a.md'])).toEqual({
    code: 2,
    stdout: '',
    stderr: expect.stringMatching(/^specmark: Unexpected pattern `docs\/\[a\.md` \(missing closing `\]`\), expected a path or a glob such as `docs\/\*\*\/\*\.md`\.\n$/),
  });
  expect(await runCli(folder, ['check', 'nope.md'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected path `nope.md`, expected an existing file or folder, or a glob that matches files.\n',
  });
  expect(await runCli(folder, ['fix', 'specs/**/*.md'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'specmark: Unexpected path `specs/**/*.md`, expected an existing file or folder, or a glob that matches files.\n',
  });
});

test('--help, <command> --help and --version', async () => {
  const folder = await tempFolder();
  const top = await runCli(folder, ['--help']);
  expect(top.code).toBe(0);
  expect(top.stdout).toMatch(/^specmark 0\.1\.0 — check, start and fix spec files/);
  expect(top.stdout).toContain('\n  check  Check spec files with the Specmark lint rules\n  new    Write a new spec from a template, ready to fill in\n  fix    Apply the safe fixes');
  const check = await runCli(folder, ['check', '--help']);
  expect(check.stdout.split('\n')[0]).toBe('Usage: specmark check [paths or globs…] [options]');
  expect(check.stdout).toContain('  -r, --reporter <name>                Output format: stylish, json, github or sarif (default: stylish)\n');
  expect(await runCli(folder, ['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  const bare = await runCli(folder, []);
  expect(bare.code).toBe(2);
  expect(bare.stderr).toBe(top.stdout);
});
