import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../run-action.mjs';
import { tempFolder } from '../../packages/cli/test/support/temp-folder.ts';

const repository = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(await readFile(join(repository, 'action.yml'), 'utf8')) as ActionYml;
const steps = action.runs.steps;
const install = steps.find((step) => step.name === 'Install specmark')!;
const check = steps.find((step) => step.id === 'check')!;

test('a composite action: Node.js 22.12 or later set up, then install, then one check', () => {
  expect(action.runs.using).toBe('composite');
  expect(steps.map((step) => step.uses ?? step.name)).toEqual(['actions/setup-node@v6', 'Install specmark', 'Check specs']);
  expect(steps[0]!.with).toEqual({ 'node-version': '${{ inputs.node-version }}' });
  expect(Number(action.inputs['node-version']!.default)).toBeGreaterThanOrEqual(22);
  expect(check.run).toBe('node "$GITHUB_ACTION_PATH/action/main.mjs"');
  expect(check['working-directory']).toBe('${{ inputs.working-directory }}');
});

test('every input reaches a script through the environment, never as script text', () => {
  const scripts = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
  for (const script of scripts) expect(script).not.toContain('${{');
  // Every input is used, in `with:`, `env:` or `working-directory:` of a step.
  const wiring = JSON.stringify(steps.map((each) => [each.with, each.env, each['working-directory']]));
  const referenced = new Set([...wiring.matchAll(/\$\{\{ inputs\.([\w-]+) \}\}/g)].map((match) => match[1]));
  expect([...referenced].sort()).toEqual(Object.keys(action.inputs).sort());
  // The check step's variables are the ones the script reads.
  const inputs = readInputs({
    ...check.env,
    SPECMARK_PATHS: 'a\n\n b \n',
    SPECMARK_CONFIG: 'c.json',
    SPECMARK_MAX_WARNINGS: '0',
    SPECMARK_SARIF_FILE: 'x.sarif',
    SPECMARK_SUPPRESSIONS_LOCATION: '.github/specmark-suppressions.json',
    SPECMARK_INSTALL_DIR: '/tmp/i',
  });
  expect(inputs).toEqual({ paths: ['a', 'b'], config: 'c.json', maxWarnings: '0', sarifFile: 'x.sarif', suppressionsLocation: '.github/specmark-suppressions.json', installDir: '/tmp/i' });
  expect(Object.keys(check.env ?? {}).sort()).toEqual(['SPECMARK_CONFIG', 'SPECMARK_INSTALL_DIR', 'SPECMARK_MAX_WARNINGS', 'SPECMARK_PATHS', 'SPECMARK_SARIF_FILE', 'SPECMARK_SUPPRESSIONS_LOCATION']);
  expect(readInputs({ SPECMARK_PATHS: '', SPECMARK_CONFIG: ' ', SPECMARK_INSTALL_DIR: '/i' })).toEqual({ paths: ['.'], installDir: '/i' });
  expect(Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, output.value]))).toEqual({
    errors: '${{ steps.check.outputs.errors }}',
    warnings: '${{ steps.check.outputs.warnings }}',
    'sarif-file': '${{ steps.check.outputs.sarif-file }}',
  });

});

/** Run the install step's script with bash, a stand-in `npm` that records its arguments. */
async function runInstall(version: string): Promise<{ status: number | null; stdout: string; npm: string }> {
  const folder = await tempFolder();
  const bin = join(folder, 'bin');
  const record = join(folder, 'npm-args.txt');
  const npm = join(bin, 'npm');
  await mkdir(bin);
  await writeFile(npm, `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}"\n`);
  await chmod(npm, 0o755);
  const result = spawnSync('bash', ['-e', '-c', install.run!], {
    encoding: 'utf8',
    env: { PATH: [bin, dirname(process.execPath), process.env.PATH ?? ''].join(delimiter), GITHUB_ACTION_PATH: repository, RUNNER_TEMP: folder, SPECMARK_VERSION: version },
  });
  const args = await readFile(record, 'utf8').catch(() => '');
  return { status: result.status, stdout: result.stdout, npm: args };
}

test('the install step installs the version of this action\'s own specmark, or the version asked for', async () => {
  const own = (JSON.parse(await readFile(join(repository, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
  const defaulted = await runInstall('');
  expect(defaulted.status).toBe(0);
  expect(defaulted.npm.trim().split('\n')).toEqual(['install', '--prefix', expect.stringMatching(/specmark-action$/), '--no-audit', '--no-fund', '--loglevel=error', `specmark@${own}`]);
  expect((await runInstall('^0.2')).npm.trim().split('\n').at(-1)).toBe('specmark@^0.2');
});

test('a version that is not a version, range or tag stops the job before npm runs', async () => {
  for (const version of ['../evil', 'file:/tmp/x', 'a b', 'git+https://example.com/x.git']) {
    const result = await runInstall(version);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('::error title=Specmark::Unexpected version input, expected a version, range or tag such as 0.1.0\n');
    expect(result.npm).toBe('');
  }
});
