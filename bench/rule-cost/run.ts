/**
 * What each rule adds to linting, in process, against the whole preset in the same run: the
 * preset over 300 generated complete specs, with every rule, then with one rule off, alternating,
 * medians of `RUNS` rounds (default 5). The specs are files of a git repository under
 * `bench/.tmp/rule-cost/`, so that rules reading the repository run as on a user's machine. Not a test.
 *
 * Run from the repository root: `npx node --conditions=@specmark/source bench/rule-cost/run.ts [rule…]`
 * (default: `reference-files-exist consistent-frontmatter`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preset from '@specmark/remark-preset-lint';
import { loadBuiltInTemplate } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';

const root = fileURLToPath(new URL('../.tmp/rule-cost/', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);
const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['reference-files-exist', 'consistent-frontmatter'];
const template = await loadBuiltInTemplate('api-integration');

rmSync(root, { recursive: true, force: true });
mkdirSync(join(root, '.git'), { recursive: true });
mkdirSync(join(root, 'src/lib'), { recursive: true });
writeFileSync(join(root, 'src/lib/retry.ts'), '');
const files = Array.from({ length: 300 }, (_, index) => {
  const path = join(root, `spec-${index}.md`);
  // Every spec references a file, so that the repository is listed.
  const value = filledSpec(template, index + 1).replace(/(### Reference files\n\n)[^\n]*/, '$1See `src/lib/retry.ts` for retries.');
  writeFileSync(path, value);
  return { path, value };
});

/** Seconds to lint every spec with a fresh processor (rules off as given). */
async function lintAll(off: readonly string[]): Promise<number> {
  const processor = remark().use(preset, { rules: Object.fromEntries(off.map((id) => [id, 'off'])) }).freeze();
  const started = performance.now();
  for (const { path, value } of files) await processor.process(new VFile({ path, value }));
  return (performance.now() - started) / 1000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
await lintAll([]);
const all: number[] = [];
const without: number[] = [];
for (let run = 0; run < runs; run++) {
  all.push(await lintAll([]));
  without.push(await lintAll(ids));
}
process.stdout.write(
  `${files.length} specs, ${runs} rounds: preset ${median(all).toFixed(2)} s, without ${ids.join(', ')} ${median(without).toFixed(2)} s (medians); ` +
    `the rules add ${(((median(all) - median(without)) / median(without)) * 100).toFixed(1)} %\n`,
);
