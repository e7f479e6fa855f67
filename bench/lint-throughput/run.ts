/**
 * Lint throughput of `@specmark/remark-preset-lint` against its peers on one corpus of 1000
 * generated specs: in-process, remark-cli with the preset, remark-cli with
 * remark-preset-lint-recommended, markdownlint-cli2 with its defaults, and the bare parse
 * (mdast-util-from-markdown + frontmatter + GFM, its extensions made once, as remark-parse does) as
 * the floor. The in-process runs are timed in CPU seconds, medians of interleaved rounds
 * (`ROUNDS`, default 5). Prints files per second and the preset's ratio to the bare parse.
 *
 * Run: `npm exec -- node --conditions=@specmark/source bench/lint-throughput/run.ts [files]`
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import preset from '@specmark/remark-preset-lint';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { remark } from 'remark';
import { VFile } from 'vfile';

const run = promisify(execFile);
const count = Number(process.argv[2] ?? 1000);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'bench/.tmp/lint-throughput');
const corpus = join(work, 'corpus');
const base = readFileSync(join(root, 'packages/remark-preset-lint/test/fixtures/complete-spec.md'), 'utf8');

/** One spec per index: the complete example with its own title, numbers and a varied problem. */
function spec(index: number): string {
  return base
    .replaceAll('Stripe refunds sync', `Stripe refunds sync ${index}`)
    .replace('one minute', `${(index % 9) + 1} minutes`)
    .replace('Support agents issue refunds', `Support agents (team ${index % 17}) issue refunds`);
}

/** Write the corpus and the configurations each tool reads. */
function prepare(): string[] {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  const texts = Array.from({ length: count }, (_, index) => spec(index));
  texts.forEach((text, index) => writeFileSync(join(corpus, `spec-${String(index).padStart(4, '0')}.md`), text));
  writeFileSync(join(work, 'specmark.json'), JSON.stringify({ plugins: ['@specmark/remark-preset-lint'] }));
  writeFileSync(join(work, 'recommended.json'), JSON.stringify({ plugins: ['remark-frontmatter', 'remark-gfm', 'remark-preset-lint-recommended'] }));
  return texts;
}

/** CPU seconds of this process (user and system), less sensitive than wall time to other work on a shared machine. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(label: string, task: () => Promise<unknown>): Promise<{ label: string; rate: number }> {
  const started = performance.now();
  await task();
  const seconds = (performance.now() - started) / 1000;
  return { label, rate: count / seconds };
}

/**
 * The in-process runs, interleaved over several rounds so that both see the same machine, timed in
 * CPU seconds: the median of each.
 */
async function inProcess(rounds: number, runs: Record<string, () => Promise<unknown> | unknown>): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((label) => [label, []]));
  // One round first, not counted: the code is compiled and optimised before it is measured.
  for (const task of Object.values(runs)) await task();
  for (let round = 0; round < rounds; round++) {
    for (const [label, task] of Object.entries(runs)) {
      const started = cpuSeconds();
      await task();
      times[label]!.push(cpuSeconds() - started);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([label, values]) => [label, median(values)]));
}

/** Run a command line tool through npm (so the project's Node runs it); a non-zero exit is fine. */
async function cli(args: string[]): Promise<void> {
  try {
    await run('npm', ['exec', '--', ...args], { cwd: work, maxBuffer: 1 << 28 });
  } catch (error) {
    if (typeof (error as { code?: unknown }).code !== 'number') throw error;
  }
}

const texts = prepare();
// The peer parses as remark does with remark-frontmatter and remark-gfm: extensions made once.
const parseOptions = { extensions: [frontmatter(['yaml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] };
const processor = remark().use(preset).freeze();
let messages = 0;
const bare = 'bare parse (mdast-util-from-markdown + frontmatter + GFM)';
const lint = '@specmark/remark-preset-lint, in-process';
const runs = Number(process.env.ROUNDS ?? 5);
const cpu = await inProcess(runs, {
  [bare]: () => {
    for (const text of texts) fromMarkdown(text, parseOptions);
  },
  [lint]: async () => {
    messages = 0;
    for (const text of texts) {
      const file = new VFile({ value: text });
      await processor.run(processor.parse(file), file);
      messages += file.messages.length;
    }
  },
});
const results: { label: string; rate: number }[] = [
  { label: bare, rate: count / cpu[bare]! },
  { label: lint, rate: count / cpu[lint]! },
];
results.push(await time('remark-cli + @specmark/remark-preset-lint', () => cli(['remark', '--rc-path', 'specmark.json', '--quiet', '--no-color', 'corpus'])));
results.push(await time('remark-cli + remark-preset-lint-recommended', () => cli(['remark', '--rc-path', 'recommended.json', '--quiet', '--no-color', 'corpus'])));
results.push(await time('markdownlint-cli2, default rules', () => cli(['markdownlint-cli2', 'corpus/**/*.md'])));

const floor = results[0]?.rate ?? 1;
console.log(`${count} specs of ~${Math.round(base.length / 1024)} KB; messages from the in-process preset: ${messages}`);
console.log(`in-process runs: median CPU time of ${runs} interleaved rounds; command line tools: wall time of one run, start-up included`);
for (const { label, rate } of results) console.log(`${rate.toFixed(0).padStart(6)} files/s  ${(floor / rate).toFixed(2)}× the bare parse time  ${label}`);
const ratio = cpu[lint]! / cpu[bare]!;
console.log(`\npreset in-process / bare parse: ${ratio.toFixed(3)}× (target ≤ 1.15×) ${ratio <= 1.15 ? 'PASS' : 'MISS'}`);
