/**
 * What naming a big provider API description costs `specmark check`: 100 specs that name the same
 * description (Microsoft Graph, 20 MB; GitHub, 5.7 MB) against the same 100 specs without `api`,
 * without a cache, with a cold cache, with a warm one, and with only the description's index
 * cached (every spec changed since); and the first check of one such spec. Each is the median of
 * several runs of the `specmark` executable from source (`packages/cli/bin/specmark.js`, as
 * `npx specmark` runs in this repository), in a corpus of its own under
 * `bench/.tmp/api-description/check/`. Prints medians and ratios; writes `check.json`. Not a test.
 *
 * Until rules read the description, the difference measures reading and indexing it only.
 *
 * Run from the repository root: `npx node --conditions=@specmark/source bench/api-description/check.ts [--runs 5]`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltInTemplate } from '@specmark/template';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';
import { realDescription } from '../../packages/api-description/test/support/real-descriptions.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = join(repo, 'bench', '.tmp', 'api-description', 'check');
const specmark = join(repo, 'packages', 'cli', 'bin', 'specmark.js');
const runs = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 5;
const specs = 100;

const descriptions = {
  none: undefined,
  'GitHub 5.7 MB': { name: 'github.com/api.github.com.json', operation: 'POST /repos/{owner}/{repo}/deployments' },
  'Microsoft Graph 20 MB': { name: 'microsoft.com/graph.json', operation: 'GET /me' },
} as const;

/** Write a corpus of 100 specs naming a description (or none), in a repository of its own. */
async function corpus(label: string, description: (typeof descriptions)[keyof typeof descriptions]): Promise<string> {
  const root = join(work, label.replace(/\W+/g, '-').toLowerCase());
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(join(root, 'vendor'), { recursive: true });
  mkdirSync(join(root, 'specs'), { recursive: true });
  const template = await loadBuiltInTemplate('api-integration');
  if (description) copyFileSync(realDescription(description.name), join(root, 'vendor', 'openapi.json'));
  for (let index = 0; index < specs; index++) {
    const spec = filledSpec(template, index + 1);
    const api = description ? `api:\n  description: ../vendor/openapi.json\n  operations:\n    - ${description.operation}\n` : '';
    writeFileSync(join(root, 'specs', `spec-${String(index).padStart(3, '0')}.md`), spec.replace(/^---\n/, `---\n${api}`));
  }
  return root;
}

/** Wall milliseconds of one `specmark` run in a folder. */
function wall(cwd: string, args: string[], before?: () => void): number {
  before?.();
  const started = performance.now();
  const result = spawnSync(process.execPath, [specmark, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - started;
  if (result.status === null || result.status === 2) throw new Error(`specmark ${args.join(' ')} failed in ${cwd}`);
  return ms;
}

const cache = (root: string): string => join(root, 'cache');
const resetCache = (root: string) => (): void => rmSync(cache(root), { recursive: true, force: true });
const dropResults = (root: string) => (): void => rmSync(join(cache(root), 'check-cache.json'), { force: true });
const cacheArgs = (root: string): string[] => ['--cache', '--cache-location', cache(root)];

const roots: { label: string; root: string }[] = [];
for (const [label, description] of Object.entries(descriptions)) {
  process.stderr.write(`  ${label}: writing the corpus\n`);
  const root = await corpus(label, description);
  // Warm the file system cache and Node's compile cache, untimed.
  wall(root, ['check', 'specs']);
  roots.push({ label, root });
}
const one = join('specs', 'spec-000.md');
/** Each measurement: its setup before every run, and its arguments. */
const measurements: { name: string; args: (root: string) => string[]; before?: (root: string) => () => void; prepare?: (root: string) => void }[] = [
  { name: '100 specs, no cache', args: () => ['check', 'specs'] },
  { name: '100 specs, cold cache', args: (root) => ['check', 'specs', ...cacheArgs(root)], before: resetCache },
  { name: '100 specs, warm cache', args: (root) => ['check', 'specs', ...cacheArgs(root)], prepare: (root) => void wall(root, ['check', 'specs', ...cacheArgs(root)]) },
  { name: '100 specs, index cached, results not', args: (root) => ['check', 'specs', ...cacheArgs(root)], before: dropResults },
  { name: '1 spec, no cache', args: () => ['check', one] },
  { name: '1 spec, index cached', args: (root) => ['check', one, ...cacheArgs(root)], before: dropResults },
];
const rows = roots.map(({ label }) => ({ label, ms: {} as Record<string, number> }));
for (const { name, args, before, prepare } of measurements) {
  process.stderr.write(`  ${name}\n`);
  for (const { root } of roots) prepare?.(root);
  // The corpora take turns run by run, so that the machine's load drifts alike over all of them.
  const times = roots.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) roots.forEach(({ root }, index) => times[index]!.push(wall(root, args(root), before?.(root))));
  rows.forEach((row, index) => (row.ms[name] = times[index]!.sort((a, b) => a - b)[Math.floor(runs / 2)]!));
}

const base = rows[0]!.ms;
const lines = [`specmark check from source, Node ${process.versions.node}, median of ${runs} runs (ms; × = against the same specs without \`api\`)`];
const columns = Object.keys(base);
lines.push(`  ${'run'.padEnd(40)}${rows.map(({ label }) => label.padStart(24)).join('')}`);
for (const column of columns) {
  lines.push(`  ${column.padEnd(40)}${rows.map(({ ms }) => `${ms[column]!.toFixed(0)} ms${ms === base ? '' : ` ${(ms[column]! / base[column]!).toFixed(2)}×`}`.padStart(24)).join('')}`);
}
lines.push('  Until rules read the description, the difference measures reading and indexing it only.');
writeFileSync(join(work, 'check.json'), JSON.stringify({ node: process.versions.node, runs, rows }, null, 2));
writeFileSync(join(work, 'check.txt'), `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);
