/**
 * What the answer rules add to one lint as the editor's worker runs it: the preset on text without
 * a path (no repository, no description, as in the editor) over the site's examples and the good
 * specs of the tests, each linted after each keystroke of a sentence typed at the end of
 * "Problem", once with every rule and once with the four answer rules off (the peer), alternating
 * in the same run. Prints p50, p95 and max
 * of the per-file time of each and their ratios; the keystroke budget is p95 ≤ 16 ms. Not a test.
 *
 * Run from the repository root: `npx node --conditions=@specmark/source bench/rule-cost/per-file.ts`
 * (`KEYS`, default 120 keystrokes per spec; the first 20 warm up and are not counted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import preset from '@specmark/remark-preset-lint';
import { remark } from 'remark';
import { VFile } from 'vfile';

const answerRules = ['no-hollow-answers', 'specific-behaviors', 'consistent-frontmatter', 'reference-files-exist'];
const folders = ['../../content/examples/', '../../tests/support/specs/good/'].map((folder) => new URL(folder, import.meta.url));
const specs = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, folder), 'utf8')));
const keys = Number(process.env.KEYS ?? 120);
/** What is typed, one character per keystroke. */
const typed = ' Refunds older than the dispute window are sent to the finance queue for review.'.repeat(4);
const warmUp = 20;
const arms = {
  'every rule': remark().use(preset).freeze(),
  'without the answer rules': remark().use(preset, { rules: Object.fromEntries(answerRules.map((id) => [id, 'off'])) }).freeze(),
};
type Arm = keyof typeof arms;
const times: Record<Arm, number[]> = { 'every rule': [], 'without the answer rules': [] };

for (let key = 0; key < keys; key++) {
  for (const spec of specs) {
    // The spec as it is after `key` keystrokes at the end of the first paragraph of "Problem".
    const value = spec.replace(/### Problem\r?\n\r?\n[^\r\n]*/, (paragraph) => paragraph + typed.slice(0, key));
    for (const arm of Object.keys(arms) as Arm[]) {
      const started = performance.now();
      await arms[arm].process(new VFile({ value }));
      if (key >= warmUp) times[arm].push(performance.now() - started);
    }
  }
}

/** The value at a percentile (nearest rank). */
function percentile(values: readonly number[], at: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * at) / 100) - 1)]!;
}

const [measured, peer] = [times['every rule'], times['without the answer rules']];
for (const arm of Object.keys(arms) as Arm[]) {
  const values = times[arm];
  console.log(`${arm.padEnd(25)} p50 ${percentile(values, 50).toFixed(2)} ms  p95 ${percentile(values, 95).toFixed(2)} ms  max ${percentile(values, 100).toFixed(2)} ms  (${values.length} lints)`);
}
console.log(`ratio every rule / without the answer rules: p50 ${(percentile(measured, 50) / percentile(peer, 50)).toFixed(3)}, p95 ${(percentile(measured, 95) / percentile(peer, 95)).toFixed(3)} (budget p95 ≤ 16 ms)`);
