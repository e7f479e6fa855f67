/**
 * Lint throughput of `specmark check` against the tools a team would otherwise use, in one run:
 * `specmark check`, `specmark check --cache` (second run), remark-cli with the Specmark preset,
 * and markdownlint-cli2 with its default rules, on 1000 generated specs plus 200 unrelated
 * Markdown files. Prints files/s, ratios and peak memory; writes the numbers to
 * `bench/.tmp/cli-throughput/results.json`. Not a test.
 *
 * Run from the repository root: `npm run bench:cli` (see bench/README.md).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSize, generateCorpus } from './generate-corpus.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = join(repo, 'bench', '.tmp', 'cli-throughput');
const corpus = join(work, 'corpus');
const specmark = fileURLToPath(new URL('./specmark-dist.mjs', import.meta.url));
const remark = join(repo, 'node_modules', 'remark-cli', 'cli.js');
const markdownlint = join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

interface Measure {
  label: string;
  seconds: number;
  peakMb: number;
  cpuSeconds: number;
  exit: number | null;
}

/** Run a command in the corpus under /usr/bin/time: wall seconds and peak resident memory. */
function measure(label: string, args: string[]): Measure {
  const timing = join(tmpdir(), `specmark-bench-${process.pid}.txt`);
  // Output goes to files: the tools print thousands of lines, more than a pipe buffer should hold.
  const stdout = openSync(join(work, 'last-stdout.txt'), 'w');
  const stderr = openSync(join(work, 'last-stderr.txt'), 'w');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timing, process.execPath, ...args], {
    cwd: corpus,
    stdio: ['ignore', stdout, stderr],
    env: { ...process.env, NO_COLOR: '1' },
  });
  closeSync(stdout);
  closeSync(stderr);
  const [seconds = 'NaN', kilobytes = 'NaN', user = 'NaN', system = 'NaN'] = readFileSync(timing, 'utf8').trim().split('\n').at(-1)!.split(' ');
  rmSync(timing, { force: true });
  // Exit 1 means problems were found; `specmark` uses 2 for usage or internal errors.
  if (result.status === null || (label.startsWith('specmark') && result.status === 2)) {
    throw new Error(`${label} failed: ${readFileSync(join(work, 'last-stderr.txt'), 'utf8').slice(0, 500)}`);
  }
  const measured = { label, seconds: Number(seconds), peakMb: Number(kilobytes) / 1024, cpuSeconds: Number(user) + Number(system), exit: result.status };
  process.stderr.write(`  measured ${label}: ${measured.seconds} s, ${measured.peakMb.toFixed(0)} MB\n`);
  return measured;
}

const loadBefore = loadavg();
const { files, bytes, specBytes } = await generateCorpus(corpus);
// The corpus is its own repository, so the monorepo's .gitignore (which lists bench/.tmp) does not apply.
mkdirSync(join(corpus, '.git'), { recursive: true });
writeFileSync(join(corpus, '.gitignore'), 'node_modules/\n');

const cache = join(work, 'cache');
rmSync(cache, { recursive: true, force: true });
const firstFile = join('specs', 'team-0', 'spec-0000.md');
// Warm the file system cache and Node's compile cache once, untimed, for every tool.
for (const args of [[specmark, 'check', firstFile], [remark, firstFile, '--use', '@specmark/remark-preset-lint', '--no-stdout', '--quiet'], [markdownlint, firstFile]]) {
  spawnSync(process.execPath, args, { cwd: corpus, stdio: 'ignore' });
}

const results: Measure[] = [];
results.push(measure('specmark check', [specmark, 'check']));
results.push(measure('specmark check --cache (1st run)', [specmark, 'check', '--cache', '--cache-location', cache]));
results.push(measure('specmark check --cache (2nd run)', [specmark, 'check', '--cache', '--cache-location', cache]));
results.push(measure('remark-cli + @specmark/remark-preset-lint', [remark, '.', '--use', '@specmark/remark-preset-lint', '--no-stdout', '--quiet']));
results.push(measure('markdownlint-cli2 (default rules)', [markdownlint, '**/*.md']));
/** Wall seconds of one run of Node with arguments, in the corpus, output discarded (start-up runs need finer than /usr/bin/time's 10 ms). */
function wall(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: corpus, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status === null || result.status === 2) throw new Error(`node ${args.join(' ')} failed`);
  return (performance.now() - started) / 1000;
}

// One file, against a bare `node -e 0` in the same run, alternating: medians of several runs.
const startupRuns = Number(process.env.STARTUP_RUNS ?? 15);
const startups: number[] = [];
const bareNode: number[] = [];
for (let run = 0; run < startupRuns; run++) {
  bareNode.push(wall(['-e', '0']));
  startups.push(wall([specmark, 'check', firstFile]));
}
startups.sort((a, b) => a - b);
bareNode.sort((a, b) => a - b);

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const by = (label: string): Measure => results.find((result) => result.label.startsWith(label))!;
const rate = (measure: Measure): number => files / measure.seconds;
const lines = [
  `corpus: ${corpusSize.specs} specs (avg ${(specBytes / corpusSize.specs / 1024).toFixed(1)} KB) + ${corpusSize.unrelated} unrelated Markdown files = ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
  `machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.versions.node}`,
  '',
  `load average before the run: ${loadBefore.map((value) => value.toFixed(1)).join(', ')}; after: ${loadavg().map((value) => value.toFixed(1)).join(', ')}`,
  '',
  `${'run'.padEnd(44)}${'wall s'.padStart(8)}${'files/s'.padStart(9)}${'CPU s'.padStart(8)}${'peak MB'.padStart(9)}  exit`,
  ...results.map(
    (result) =>
      `${result.label.padEnd(44)}${result.seconds.toFixed(2).padStart(8)}${rate(result).toFixed(0).padStart(9)}${result.cpuSeconds.toFixed(2).padStart(8)}${result.peakMb.toFixed(0).padStart(9)}  ${result.exit}`,
  ),
  '',
  `specmark check vs markdownlint-cli2: ${(rate(by('specmark check')) / rate(by('markdownlint-cli2'))).toFixed(2)}× files/s (target ≥ 5×)`,
  `specmark check vs remark-cli + preset: ${(rate(by('specmark check')) / rate(by('remark-cli'))).toFixed(2)}× files/s`,
  `CPU seconds, specmark check / markdownlint-cli2: ${(by('specmark check').cpuSeconds / by('markdownlint-cli2').cpuSeconds).toFixed(2)}`,
  `cached re-run vs first run: ${(by('specmark check --cache (1st').seconds / by('specmark check --cache (2nd').seconds).toFixed(1)}× faster (target ≥ 10×)`,
  `start-up, one file: median ${(median(startups) * 1000).toFixed(0)} ms, best ${(startups[0]! * 1000).toFixed(0)} ms of ${startupRuns}; node -e 0: median ${(median(bareNode) * 1000).toFixed(0)} ms`,
  `start-up, one file / node -e 0: ${(median(startups) / median(bareNode)).toFixed(2)}× (medians; target ≤ 3×)`,
];
process.stdout.write(lines.join('\n') + '\n');
writeFileSync(join(work, 'results.json'), JSON.stringify({ files, bytes, results, startups, bareNode }, null, 2));
