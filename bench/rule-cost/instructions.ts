/**
 * What the answer rules add to `specmark check`, counted in instructions rather than timed: the
 * two arms of `cli.ts` (every rule, and the four answer rules off: the peer), each run once under
 * valgrind's cachegrind. On a shared machine a timed run varies by several per cent from one run
 * to the next; the instructions a run executes vary by about one (the workers share the files
 * by timing), so the median of a few runs tells small differences apart. V8 is made as repeatable as it allows (fixed hash and random seeds, optimizing
 * and garbage collection on the isolate's own thread, a fixed collection schedule); the workers,
 * the compile cache and everything else run as a user's `specmark check` does. Instructions are not
 * time: `cli.ts` remains the measure of the target. Not a test.
 *
 * Needs `valgrind` (Debian's package). Run from the repository root after
 * `npm run build -w packages/template -w packages/cli`:
 * `npx node --conditions=@specmark/source bench/rule-cost/instructions.ts` (`RUNS`, default 3;
 * about 90 seconds a run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { answerRuleArms, type Arm } from './answer-rule-arms.ts';

const root = fileURLToPath(new URL('../.tmp/rule-cost-instructions/', import.meta.url));
const runs = Number(process.env.RUNS ?? 3);
/** Flags that make V8's work repeatable from run to run, set before the bundle loads. */
const repeatable = ['--hash-seed=1', '--random-seed=1', '--no-concurrent-recompilation', '--no-concurrent-sparkplug', '--predictable-gc-schedule', '--single-threaded-gc'];

if (spawnSync('valgrind', ['--version']).error) {
  console.error('valgrind is not installed: `apt-get install valgrind`, then run this again.');
  process.exit(1);
}

/** The instructions one `specmark check` of an arm executes, all threads counted. */
function instructions({ specmark, folder }: Arm): Promise<number> {
  return new Promise((resolve, reject) => {
    const run = spawn('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, specmark, 'check', '-r', 'json'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
    let report = '';
    run.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
    run.on('close', () => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(report)?.[1];
      if (refs) resolve(Number(refs.replaceAll(',', '')));
      else reject(new Error(`no instruction count in valgrind's report:\n${report.slice(-500)}`));
    });
  });
}

const prelude = `import v8 from 'node:v8';\nfor (const flag of ${JSON.stringify(repeatable)}) v8.setFlagsFromString(flag);\n`;
const [without, all] = await answerRuleArms(root, prelude);
// One run each, uncounted, writes the arm's compile cache.
for (const arm of [without, all]) spawnSync(process.execPath, [arm.specmark, 'check', '-r', 'json'], { cwd: arm.folder, stdio: 'ignore' });
const billions = (count: number): string => `${(count / 1e9).toFixed(3)} G`;
const ratios: number[] = [];
for (let run = 1; run <= runs; run += 1) {
  const [peer, measured] = await Promise.all([instructions(without), instructions(all)]);
  ratios.push(measured / peer);
  console.log(`run ${run}: ${without.label} ${billions(peer)} instructions; ${all.label} ${billions(measured)}; ratio ${(measured / peer).toFixed(3)}`);
}
const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
console.log(`median ratio with / without the answer rules: ${median.toFixed(3)} instructions (the target, ≤ 1.10, is on time: see cli.ts)`);
