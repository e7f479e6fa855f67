// The measurements of one runner on one construct family, in a process of their own so that the
// peak memory is theirs: `measure.ts <runner> <family> <bytes,…> <runs> <folder>` prints, for each
// size in increasing order, `{"ms": …, "megabytes": …}`: the median CPU time (user + system, so
// that other processes on a busy machine do not count) of `runs` runs and the peak resident memory
// above what the process held after a warm-up run on the complete spec alone (peaks only grow, so
// sizes go smallest first). Runners: `cli` (`specmark check` in-process, Sätteri),
// `preset` (`unified().use(remarkParse).use(preset)`, what remark-cli runs), `editor` (the editor
// worker's code in Node: `lintSpec` and every preview block through `blockHtml`).
import { writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { loadBuiltInTemplate } from '@specmark/template';
import preset from '@specmark/remark-preset-lint';
import remarkParse from 'remark-parse';
import { run as runCli } from 'specmark';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { blockHtml } from '../../src/editor/preview/block-html.ts';
import { splitBlocks } from '../../src/editor/preview/split-blocks.ts';
import { lintSpec } from '../../src/editor/worker/lint-spec.ts';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';
import { families } from './families.ts';

const [runner, family, bytes, runs, folder] = process.argv.slice(2) as [string, string, string, string, string];
const template = await loadBuiltInTemplate('api-integration');
const spec = filledSpec(template, 7);

/** The complete spec with a family's Markdown in its first field (frontmatter families replace its frontmatter). */
function document(markdown: string): string {
  if (markdown.startsWith('---\n')) return markdown + spec.slice(spec.indexOf('\n---\n') + 5);
  const heading = spec.indexOf('\n### ');
  const paragraphEnd = spec.indexOf('\n\n', spec.indexOf('\n\n', heading) + 2);
  return `${spec.slice(0, paragraphEnd)}\n\n${markdown}${spec.slice(paragraphEnd)}`;
}

const processor = unified().use(remarkParse).use(preset).freeze();
const io = { cwd: folder, stdout: { write: () => true }, stderr: { write: () => true }, stdin: new PassThrough(), env: {}, now: () => new Date('2026-11-24T10:00:00Z') };
const runners: Record<string, (value: string) => Promise<unknown>> = {
  async cli(value) {
    await writeFile(`${folder}/spec.md`, value);
    return runCli(['check', 'spec.md'], io as never);
  },
  async preset(value) {
    const file = new VFile({ path: 'spec.md', value });
    await processor.run(processor.parse(file), file);
  },
  async editor(value) {
    await lintSpec(template, value);
    return splitBlocks(value).map(blockHtml);
  },
};
const task = runners[runner]!;
await task(spec);
const baseline = process.resourceUsage().maxRSS;
const results: { ms: number; megabytes: number }[] = [];
for (const size of bytes.split(',').map(Number)) {
  const value = document(families[family]!(size));
  const times: number[] = [];
  for (let index = 0; index < Number(runs); index++) {
    const start = process.cpuUsage();
    await task(value);
    const spent = process.cpuUsage(start);
    times.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  results.push({ ms: times[Math.floor(times.length / 2)]!, megabytes: (process.resourceUsage().maxRSS - baseline) / 1024 });
}
process.stdout.write(JSON.stringify(results));
