import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineChromiumFlags } from '@specmark/test-support/find-chromium.mjs';

/** The Lighthouse categories scored. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's Lighthouse result. */
export interface LighthouseResult {
  /** Page path. */
  path: string;
  /** Score per category, 0–100. */
  scores: Record<(typeof categories)[number], number>;
  /** Audits that scored below 1 and carry weight, as `category: audit id (score, value)`. */
  failing: string[];
  /** The whole report, as Lighthouse's JSON. */
  json: string;
}

/** Chromium flags for Lighthouse's browser: headless, no sandbox, and nothing fetched from outside. */
const chromeFlags = ['--headless=new', ...offlineChromiumFlags, '--disable-default-apps', '--disable-extensions'];

const cli = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));

/** The parts of a Lighthouse report read here. */
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

/**
 * Run Lighthouse (its command line, default mobile settings with simulated throttling) on one page
 * in the given Chromium, with a fresh profile and no outside network.
 *
 * @param chromePath Chromium's executable.
 * @param url The page's address.
 * @param preset `'mobile'` (Lighthouse's default) or `'desktop'`.
 * @returns The scores and the weighted audits that did not pass.
 */
export async function runLighthouse(chromePath: string, url: string, preset: 'mobile' | 'desktop' = 'mobile'): Promise<LighthouseResult> {
  const profile = await mkdtemp(join(tmpdir(), 'specmark-lh-'));
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=${[...chromeFlags, `--user-data-dir=${profile}`].join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`Lighthouse failed on ${url} (exit ${code}): ${stderr.slice(-800)}`))));
  });
  await rm(profile, { recursive: true, force: true });
  const report = JSON.parse(output) as Report;
  const scores = Object.fromEntries(categories.map((name) => [name, Math.round((report.categories[name]?.score ?? 0) * 100)])) as LighthouseResult['scores'];
  const failing = categories.flatMap((name) =>
    (report.categories[name]?.auditRefs ?? [])
      .filter((ref) => {
        const audit = report.audits[ref.id];
        return audit && audit.score !== null && audit.score < 1 && (ref.weight > 0 || audit.scoreDisplayMode === 'binary');
      })
      .map((ref) => {
        const audit = report.audits[ref.id];
        return `${name}: ${ref.id} (${audit?.score}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`;
      }),
  );
  return { path: new URL(url).pathname, scores, failing, json: output };
}
