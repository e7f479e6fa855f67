// Linearity per construct family: each family's Markdown (see families.ts) at N and 4N bytes inside
// a complete spec, checked by `specmark check` (Sätteri), the preset through remark-parse (what
// remark-cli runs) and the editor worker's code in Node, each (runner, family) in a process of its
// own (measure.ts). Prints CPU time and peak memory at N and 4N with their ratios; a ratio above 5
// for 4× the input is marked MISS. Usage:
//   npm exec -- node --conditions=@specmark/source bench/large-files/constructs.ts [--bytes 50000] [--runs 3] [--family <name>]…
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { families } from './families.ts';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' }, family: { type: 'string', multiple: true } } });
const bytes = Number(values.bytes);
const chosen = values.family ?? Object.keys(families);
const runners = { cli: '`specmark check`', preset: 'preset + remark-parse', editor: 'editor worker code (Node)' };
const folder = fileURLToPath(new URL('../.tmp/large-files/', import.meta.url));
const measure = fileURLToPath(new URL('measure.ts', import.meta.url));

interface Measured {
  ms: number;
  megabytes: number;
}

const lines = [
  `Construct families at N = ${bytes.toLocaleString('en-US')} and 4N bytes in a complete spec; CPU ms (median of ${values.runs} runs) and peak memory above the warmed-up process, MB; ratio 4N / N (target ≤ 5).`,
  '',
  '| family | runner | N | 4N | time ratio | memory ratio | |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const family of chosen) {
  for (const [runner, name] of Object.entries(runners)) {
    const work = `${folder}${runner}-${family.replace(/\W+/g, '-')}/`;
    await mkdir(work, { recursive: true });
    const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@specmark/source', measure, runner, family, `${bytes},${bytes * 4}`, values.runs, work], { maxBuffer: 1 << 20 });
    const [small, large] = JSON.parse(stdout) as [Measured, Measured];
    const time = large.ms / small.ms;
    // Memory below a few MB is noise (allocator pages); its ratio says nothing.
    const memory = large.megabytes < 8 ? undefined : large.megabytes / Math.max(small.megabytes, 1);
    const pass = time <= 5 && (memory === undefined || memory <= 5);
    const cell = (measured: Measured) => `${Math.round(measured.ms)} ms, ${measured.megabytes.toFixed(0)} MB`;
    lines.push(`| ${family} | ${name} | ${cell(small)} | ${cell(large)} | ×${time.toFixed(2)} | ${memory === undefined ? '(< 8 MB)' : `×${memory.toFixed(2)}`} | ${pass ? 'PASS' : 'MISS'} |`);
    process.stdout.write(`${lines[lines.length - 1]}\n`);
  }
}
await writeFile(`${folder}constructs.txt`, lines.join('\n') + '\n');
process.stdout.write(`\n${lines.join('\n')}\n`);
