/**
 * How reading answers grows with their length: `answerNames` on one answer of N and 4N characters
 * built from one construct (snake-case codes, dotted event names, plain prose, backtick runs), and
 * the whole preset on the Stripe example with one Key behavior naming N and 4N characters of event
 * names (what `consistent-frontmatter` compares with `webhooks.events`). Prints milliseconds
 * (median of `RUNS` alternating runs, default 7) and the ratio 4N / N; a ratio above 5 is marked MISS. Not a test.
 *
 * Run from the repository root: `npx node --conditions=@specmark/source bench/rule-cost/answer-scaling.ts [N]` (default 8000).
 */
import { readFileSync } from 'node:fs';
import preset from '@specmark/remark-preset-lint';
import { answerNames } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';

const size = Number(process.argv[2] ?? 8000);
const runs = Number(process.env.RUNS ?? 7);
const constructs: Record<string, (index: number) => string> = {
  'snake-case codes': (index) => `code_${index.toString(36)}`,
  'dotted event names': (index) => `event.k${index.toString(36)}`,
  prose: (index) => ['the', 'worker', 'retries', 'a', 'request', 'within', 'one', 'minute'][index % 8]!,
  'backtick runs': (index) => `${'`'.repeat((index % 40) + 1)}x`,
};

/** Words of a construct, space-separated, cut at a length. */
function text(construct: (index: number) => string, length: number): string {
  let written = '';
  for (let index = 0; written.length < length; index++) written += `${construct(index)} `;
  return written.slice(0, length);
}

/**
 * Median milliseconds of two tasks (N and 4N) over the runs, alternating, after each ran three
 * times to warm up (so that neither is timed while the code is still being compiled for the
 * other's strings). A task gets the run's number, so that no run repeats another's input.
 */
async function time(small: (run: number) => unknown, large: (run: number) => unknown): Promise<[number, number]> {
  for (let run = -3; run < 0; run++) {
    await small(run);
    await large(run);
  }
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    for (const [index, task] of [small, large].entries()) {
      const started = performance.now();
      await task(run);
      times[index]!.push(performance.now() - started);
    }
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return [median(times[0]), median(times[1])];
}

/** One line: the times at N and 4N and their ratio. */
function line(label: string, [small, large]: [number, number]): string {
  const ratio = large / small;
  return `${label.padEnd(40)} N ${small.toFixed(1).padStart(7)} ms  4N ${large.toFixed(1).padStart(7)} ms  ratio ${ratio.toFixed(2)}${ratio > 5 ? '  MISS' : ''}`;
}

console.log(`answerNames on one answer of N = ${size} and 4N characters; the preset on a spec whose Key behavior names that much`);
for (const [name, construct] of Object.entries(constructs)) {
  const [small, large] = [text(construct, size), text(construct, size * 4)];
  console.log(line(`answerNames, ${name}`, await time((run) => answerNames(small + ' '.repeat(run + 4)), (run) => answerNames(large + ' '.repeat(run + 4)))));
}
const spec = readFileSync(new URL('../../content/examples/stripe-payment-intents.md', import.meta.url), 'utf8');
const processor = remark().use(preset).freeze();
const withEvents = (length: number): string => spec.replace('### Key behaviors\n\n', `### Key behaviors\n\n- When the webhook event ${text(constructs['dotted event names']!, length).trim()} arrives, we record it keyed by the event id\n`);
const [small, large] = [withEvents(size), withEvents(size * 4)];
console.log(line('preset, a Key behavior naming events', await time((run) => processor.process(new VFile({ value: small + ' '.repeat(run + 4) })), (run) => processor.process(new VFile({ value: large + ' '.repeat(run + 4) })))));
