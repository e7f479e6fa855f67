import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { tempFolder } from './support/temp-folder.ts';

const bin = fileURLToPath(new URL('../bin/specmark.js', import.meta.url));

/** Run the executable as a user would, in a folder outside the repository. */
function specmark(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

test('the executable runs from a source checkout without a build', async () => {
  const folder = await tempFolder();
  expect(specmark(folder, '--version')).toMatchObject({ status: 0, stdout: '0.1.0\n', stderr: '' });
  expect(specmark(folder, 'new', 'api-integration', 'Stripe refunds')).toMatchObject({ status: 0, stderr: '' });
  const check = specmark(folder, 'check');
  expect([0, 1]).toContain(check.status);
  expect(check.stdout).toMatch(/ in 1 file checked\n$|^✔ 1 file checked, no problems\n$/);
});

test('an unknown flag is one sentence on stderr and exit 2, no stack trace', async () => {
  const folder = await tempFolder();
  const result = specmark(folder, 'fix', '--yes');
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe('specmark: Unexpected flag `--yes` for `specmark fix`, expected one of `--dry-run`, `--config`, `--help`.\n');
});
