/**
 * What the answer rules add to `specmark check` as a user runs it: the published bundle over the
 * `bench:cli` corpus (1000 generated specs and 200 unrelated Markdown files), once with the four
 * answer rules off (the peer: the check before them) and once with every rule, alternating, in the
 * same run. Prints wall and CPU seconds of each run and the median ratios. Not a test.
 *
 * Each arm runs its own copy of the bundle, warmed once untimed: Node's compile cache keeps the
 * code of the functions a run used, so a cache written by the other arm's run would leave one arm
 * compiling what a user's own runs have cached (or the reverse), depending on which ran first.
 *
 * Run from the repository root after `npm run build -w packages/template -w packages/cli`:
 * `npx node --conditions=@specmark/source bench/rule-cost/cli.ts` (`RUNS`, default 5).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../cli-throughput/generate-corpus.ts';

/** The rules issue 18 added: the ones that judge what answers say. */
const answerRules = ['no-hollow-answers', 'specific-behaviors', 'consistent-frontmatter', 'reference-files-exist'];
const root = fileURLToPath(new URL('../.tmp/rule-cost-cli/', import.meta.url));
const cliPackage = fileURLToPath(new URL('../../packages/cli/', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);

/** A corpus of its own, as its own repository, with a configuration that sets the rules. */
async function corpus(name: string, rules: Record<string, string>): Promise<string> {
  const folder = join(root, name);
  rmSync(folder, { recursive: true, force: true });
  await generateCorpus(folder);
  mkdirSync(join(folder, '.git'), { recursive: true });
  writeFileSync(join(folder, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(folder, 'specmark.config.json'), JSON.stringify({ rules }));
  return folder;
}

/**
 * A copy of the published bundle as an install of its own, started as the `specmark` executable
 * starts it (compile cache on): returns its entry module.
 */
function install(name: string): string {
  const folder = join(root, name);
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(cliPackage, 'bundle'), join(folder, 'bundle'), { recursive: true });
  cpSync(join(cliPackage, 'package.json'), join(folder, 'package.json'));
  const entry = join(folder, 'specmark.mjs');
  writeFileSync(entry, "import module from 'node:module';\n\nmodule.enableCompileCache?.();\nawait import('./bundle/main.js');\n");
  return entry;
}

/** One `specmark check` of a folder under /usr/bin/time: wall and CPU (user + system) seconds. */
function check(specmark: string, folder: string): { wall: number; cpu: number } {
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

const without = await corpus('without', Object.fromEntries(answerRules.map((id) => [id, 'off'])));
const all = await corpus('all', {});
const peerInstall = install('without-install');
const measuredInstall = install('all-install');
// One untimed run each writes the arm's compile cache.
check(peerInstall, without);
check(measuredInstall, all);
const ratios: { wall: number; cpu: number }[] = [];
for (let run = 1; run <= runs; run += 1) {
  const peer = check(peerInstall, without);
  const measured = check(measuredInstall, all);
  ratios.push({ wall: measured.wall / peer.wall, cpu: measured.cpu / peer.cpu });
  console.log(`run ${run}: without the answer rules ${peer.wall} s wall, ${peer.cpu.toFixed(2)} s CPU; with them ${measured.wall} s, ${measured.cpu.toFixed(2)} s CPU`);
}
console.log(`median ratio with / without the answer rules: CPU ${median(ratios.map((ratio) => ratio.cpu)).toFixed(3)}, wall ${median(ratios.map((ratio) => ratio.wall)).toFixed(3)} (target ≤ 1.10)`);
