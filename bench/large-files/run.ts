// Linear-time check on large specs: lint 1, 2, 5 and 10 MB specs with `specmark check` (Sätteri
// parser) and with the preset in-process through remark-parse, next to the bare micromark parse
// (mdast-util-from-markdown + frontmatter + GFM) as the peer, medians of several runs. micromark
// slows down more than linearly on documents with many lists (each list's end copies the event
// list so far), so the two micromark runs are measured on the sizes in `--micromark-sizes` only:
// at 5 and 10 MB one run takes many minutes. Usage:
//   npm exec -- node --conditions=@specmark/source bench/large-files/run.ts [--sizes 1,2,5,10] [--micromark-sizes 1,2] [--runs 3]
import { mkdir, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import remarkParse from 'remark-parse';
import { run as runCli } from 'specmark';
import { unified } from 'unified';
import { VFile } from 'vfile';
import preset from '@specmark/remark-preset-lint';
import { loadBuiltInTemplate, parseMarkdown } from '@specmark/template';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1,2,5,10' }, 'micromark-sizes': { type: 'string', default: '1,2' }, runs: { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
const micromarkSizes = new Set(values['micromark-sizes'].split(',').map(Number));
const runs = Number(values.runs);
const folder = new URL('../.tmp/large-files/', import.meta.url);
await mkdir(folder, { recursive: true });
const template = await loadBuiltInTemplate('api-integration');
const processor = unified().use(remarkParse).use(preset).freeze();

/** A realistic spec of about `megabytes` MB: a complete spec whose prose fields carry long notes, tables, code blocks and lists. */
function largeSpec(megabytes: number): string {
  const spec = filledSpec(template, 7, 6);
  const block = (index: number): string =>
    [
      `Note ${index}: the reconciliation job compares the provider's settlement report with the ledger and parks mismatches for review; retries back off from 1 s to 5 min.`,
      '',
      '| Event | Action | Retry |',
      '| --- | --- | --- |',
      `| payment_intent.succeeded ${index} | mark the order paid | 5 times |`,
      `| charge.refunded ${index} | record the refund | 3 times |`,
      '',
      '```ts',
      `await ledger.record({ id: 'evt_${index}', amount: 1200, currency: 'eur' });`,
      '```',
      '',
      `- Step ${index}.1: verify the signature of the webhook payload`,
      `- Step ${index}.2: store the event id for idempotency`,
      `  - keyed by the provider's event id, kept for 30 days`,
      '',
    ].join('\n');
  const heading = spec.indexOf('\n### ', spec.indexOf('\n## ') + 1);
  const paragraphEnd = spec.indexOf('\n\n', spec.indexOf('\n\n', heading) + 2);
  const target = megabytes * 1024 * 1024 - spec.length;
  const blocks: string[] = [];
  for (let size = 0, index = 0; size < target; index++) {
    const next = block(index);
    blocks.push(next);
    size += next.length + 1;
  }
  return `${spec.slice(0, paragraphEnd)}\n\n${blocks.join('\n')}${spec.slice(paragraphEnd)}`;
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(task: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

const io = (cwd: string) => ({ cwd, stdout: { write: () => true }, stderr: { write: () => true }, stdin: new PassThrough(), env: {}, now: () => new Date('2026-11-24T10:00:00Z') });
const results: Record<string, (number | undefined)[]> = { 'specmark check': [], 'bare micromark parse (peer)': [], 'preset in-process, remark-parse': [] };
const actual: number[] = [];
for (const megabytes of sizes) {
  const value = largeSpec(megabytes);
  actual.push(value.length / (1024 * 1024));
  const name = `spec-${megabytes}mb.md`;
  await writeFile(new URL(name, folder), value);
  results['specmark check']!.push(
    await time(async () => {
      const code = await runCli(['check', name], io(new URL(folder).pathname) as never);
      if (code !== 0) throw new Error(`${name}: specmark check exited with ${code}`);
    }),
  );
  const micromark = micromarkSizes.has(megabytes);
  results['bare micromark parse (peer)']!.push(micromark ? await time(() => parseMarkdown(value)) : undefined);
  results['preset in-process, remark-parse']!.push(
    micromark
      ? await time(async () => {
          const file = new VFile({ path: name, value });
          await processor.run(processor.parse(file), file);
          if (file.messages.length > 0) throw new Error(`${name}: ${file.messages[0]!.reason}`);
        })
      : undefined,
  );
}

const lines = [`Large specs, median of ${runs} runs; ratios are against the ${sizes[0]} MB file.`, ''];
lines.push(`| run | ${actual.map((mb) => `${mb.toFixed(1)} MB`).join(' | ')} | linear? |`, `| --- |${actual.map(() => ' --- |').join('')} --- |`);
for (const [run, times] of Object.entries(results)) {
  const measured = times.flatMap((ms, index) => (ms === undefined ? [] : [{ ms, megabytes: actual[index]! }]));
  const first = measured[0]!;
  const cells = times.map((ms, index) => {
    if (ms === undefined) return 'not run';
    return `${Math.round(ms)} ms, ${(actual[index]! / (ms / 1000)).toFixed(2)} MB/s, ×${(ms / first.ms).toFixed(2)} for ×${(actual[index]! / first.megabytes).toFixed(2)} size`;
  });
  const worst = Math.max(...measured.map(({ ms, megabytes }) => ms / first.ms / (megabytes / first.megabytes)));
  lines.push(`| ${run} | ${cells.join(' | ')} | ${worst <= 1.5 ? 'yes' : 'no'} (worst time ratio / size ratio ${worst.toFixed(2)}) |`);
}
// One HTML block of spaces, the shape that made comment-marker detection quadratic: each size in
// the complete spec, linted by the preset in-process and by `specmark check`.
const spaces = [30_000, 60_000, 120_000];
const hostile: Record<string, number[]> = { 'preset in-process, remark-parse': [], 'specmark check': [] };
for (const count of spaces) {
  const value = `${filledSpec(template, 7)}\n<div>${' '.repeat(count)}</div>\n`;
  const name = `html-${count}-spaces.md`;
  await writeFile(new URL(name, folder), value);
  hostile['preset in-process, remark-parse']!.push(
    await time(async () => {
      const file = new VFile({ path: name, value });
      await processor.run(processor.parse(file), file);
    }),
  );
  hostile['specmark check']!.push(await time(() => runCli(['check', name], io(new URL(folder).pathname) as never)));
}
lines.push('', `An HTML block of ${spaces.map((count) => count.toLocaleString('en-US')).join(', ')} spaces (\`<div>\` … \`</div>\`) in a complete spec, median of ${runs} runs:`, '');
lines.push(`| run | ${spaces.map((count) => `${count.toLocaleString('en-US')} spaces`).join(' | ')} |`, `| --- |${spaces.map(() => ' --- |').join('')}`);
for (const [run, times] of Object.entries(hostile)) lines.push(`| ${run} | ${times.map((ms) => `${Math.round(ms)} ms`).join(' | ')} |`);
const output = lines.join('\n') + '\n';
process.stdout.write(output);
await writeFile(new URL('output.txt', folder), output);
