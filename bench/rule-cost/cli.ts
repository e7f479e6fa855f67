/**
 * What the answer rules add to `specmark check` as a user runs it: the published bundle over the
 * `bench:cli` corpus (1000 generated specs and 200 unrelated Markdown files), once with the four
 * answer rules off (the peer: the check before them) and once with every rule, alternating, in the
 * same run. Prints wall and CPU seconds of each run and the median ratios. Not a test.
 *
 * Each arm runs its own copy of the bundle, warmed once untimed (see `answer-rule-arms.ts`).
 *
 * Run from the repository root after `npm run build -w packages/template -w packages/cli`:
 * `npx node --conditions=@specmark/source bench/rule-cost/cli.ts` (`RUNS`, default 5).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerRuleArms, type Arm } from './answer-rule-arms.ts';

const root = fileURLToPath(new URL('../.tmp/rule-cost-cli/', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);

/** One `specmark check` of an arm under /usr/bin/time: wall and CPU (user + system) seconds. */
function check({ specmark, folder }: Arm): { wall: number; cpu: number } {
  const timing = join(tmpdir(), `specmark-rule-cost-${process.pid}.txt`);
  spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timing, process.execPath, specmark, 'check', '-r', 'json'], { cwd: folder, stdio: 'ignore' });
  const [wall = NaN, user = NaN, system = NaN] = readFileSync(timing, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(timing, { force: true });
  return { wall, cpu: user + system };
}

/** The middle value (the upper one of an even count). */
function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const [without, all] = await answerRuleArms(root);
// One untimed run each writes the arm's compile cache.
check(without);
check(all);
const ratios: { wall: number; cpu: number }[] = [];
for (let run = 1; run <= runs; run += 1) {
  const peer = check(without);
  const measured = check(all);
  ratios.push({ wall: measured.wall / peer.wall, cpu: measured.cpu / peer.cpu });
  console.log(`run ${run}: without the answer rules ${peer.wall} s wall, ${peer.cpu.toFixed(2)} s CPU; with them ${measured.wall} s, ${measured.cpu.toFixed(2)} s CPU`);
}
console.log(`median ratio with / without the answer rules: CPU ${median(ratios.map((ratio) => ratio.cpu)).toFixed(3)}, wall ${median(ratios.map((ratio) => ratio.wall)).toFixed(3)} (target ≤ 1.10)`);
