/**
 * Cost per spec of Specmark's credential table (`findCredentials` of `@specmark/schema`) against
 * secretlint's recommended rules (`@secretlint/core` with `@secretlint/secretlint-rule-preset-recommend`),
 * the peer `no-secrets` runs beside it, on the same specs in the same run: the complete example
 * spec of the preset in 1000 variants (~4 KB), and the same specs each holding one credential of
 * every shape of the test corpus.
 *
 *   npm exec -- node --conditions=@specmark/source bench/secret-scan/run.ts [count]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { findCredentials } from '@specmark/schema';
import { credentials } from '../../tests/fixtures/secrets/credentials.ts';

const count = Number(process.argv[2] ?? 1000);
const rounds = Number(process.env.ROUNDS ?? 5);
const base = readFileSync(fileURLToPath(new URL('../../packages/remark-preset-lint/test/fixtures/complete-spec.md', import.meta.url)), 'utf8');
const config: Parameters<typeof lintSource>[0]['options']['config'] = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended, options: {}, rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }] }],
};
secretLintProfiler.setEnabled(false);

const clean = Array.from({ length: count }, (_, index) => base.replaceAll('Stripe refunds sync', `Stripe refunds sync ${index}`).replace('one minute', `${(index % 9) + 1} minutes`));
const leaky = clean.map((text, index) => `${text}\n${credentials[index % credentials.length]!.block}\n`);

/** CPU seconds of this process (user and system), less sensitive than wall time to other work on a shared machine. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const runs: Record<string, (texts: string[]) => Promise<void>> = {
  'credential table': async (texts) => {
    for (const text of texts) findCredentials(text);
  },
  'secretlint recommended': async (texts) => {
    for (const text of texts) await lintSource({ source: { content: text, filePath: 'spec.md', ext: '.md', contentType: 'text' }, options: { config } });
  },
};

for (const [corpus, texts] of Object.entries({ 'specs without credentials': clean, 'specs with one credential each': leaky })) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((label) => [label, []]));
  // One round first, not counted: the code is compiled and optimised before it is measured.
  for (let round = 0; round <= rounds; round += 1) {
    for (const [label, task] of Object.entries(runs)) {
      const started = cpuSeconds();
      await task(texts);
      if (round > 0) times[label]!.push(cpuSeconds() - started);
    }
  }
  const perFile = Object.fromEntries(Object.entries(times).map(([label, each]) => [label, (median(each) / texts.length) * 1000]));
  console.log(`${corpus} (${texts.length}, medians of ${rounds} rounds, CPU ms per spec):`);
  for (const [label, ms] of Object.entries(perFile)) console.log(`  ${label.padEnd(24)} ${ms.toFixed(3)} ms`);
  console.log(`  credential table / secretlint: ${(perFile['credential table']! / perFile['secretlint recommended']!).toFixed(2)}×`);
}
