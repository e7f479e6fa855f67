/**
 * Site budgets, measured in Chromium against the built site: the JavaScript each page loads before
 * any interaction (at a laptop and a phone viewport) and the editor before its first keystroke,
 * the spec worker's size and when it loads, how fast a share link lands on its draft,
 * keystroke-to-preview time on a filled spec, and Lighthouse scores for every page; and screenshots
 * of the editor at 1440 and 390 px wide, in `bench/.tmp/site/screenshots/`. Prints each
 * number next to its target with PASS or MISS, and writes them to `bench/.tmp/site/results.json`
 * (Lighthouse's reports to `bench/.tmp/site/lighthouse/`).
 * Not a test.
 *
 * Run from the repository root: `npm run bench:site` (see bench/README.md). Options:
 * `--dist <folder>` measure a site built already (default: build one into a temporary folder);
 * `--runs <n>` typing runs (default: 3); `--chars <n>` characters per run (default: 200);
 * `--skip <part>` leave out `bytes`, `share`, `keys`, `lighthouse` or `shots` (repeatable);
 * `--share-runs <n>` share links opened (default: 5);
 * `--lighthouse-runs <n>` runs per page whose performance score is below 100 (default: 3);
 * `--page <path>` measure only this page (repeatable; default: every page in the sitemap).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadBuiltInTemplate, parseSpec } from '@specmark/template';
import { chromium } from 'playwright-core';
import { draftEnvelope } from '../../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../../src/editor/draft/share-link.ts';
import { toFormTemplate } from '../../src/editor/model/form-template.ts';
import { findChromium } from '@specmark/test-support/find-chromium.mjs';
import { measureFirstKeystroke, measureShareLanding, type ShareLanding } from './editor-start.ts';
import { measureKeystrokes, type KeystrokeRun } from './keystroke.ts';
import { categories, runLighthouse, type LighthouseResult } from './lighthouse-scores.ts';
import { takeScreenshots } from './screenshots.ts';
import { measureScriptBytes, viewports, type ScriptBytes } from './script-bytes.ts';
import { buildSite, scriptGraph, sitemapPaths } from './site-build.ts';
import { serveStatic } from './static-server.ts';
import { kb, median, percentile, verdict } from './stats.ts';

/** The targets. */
const budget = { templateScriptBytes: 20_000, editorScriptBytes: 40_000, shareLinkMs: 1000, keystrokeP95Ms: 16, lighthouse: 100 };
const templatePath = '/templates/api-integration/';
const editorPath = '/editor/api-integration/';
const exampleSpec = new URL('../../content/examples/stripe-payment-intents.md', import.meta.url);

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    chars: { type: 'string', default: '200' },
    skip: { type: 'string', multiple: true, default: [] },
    'lighthouse-runs': { type: 'string', default: '3' },
    'share-runs': { type: 'string', default: '5' },
    page: { type: 'string', multiple: true, default: [] },
  },
});
const skip = new Set(options.skip);
const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found: install Chromium or Chrome, or set CHROME_PATH.');

const load = loadavg()[0]?.toFixed(2);
const builtHere = options.dist === undefined;
if (builtHere) process.stderr.write('Building the site…\n');
const dist = options.dist ?? (await buildSite());
const server = await serveStatic(dist);
const paths = (await sitemapPaths(dist)).filter((path) => options.page.length === 0 || options.page.includes(path));
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const lines: string[] = [];
const print = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};
const results: Record<string, unknown> = { date: new Date().toISOString(), load, cores: availableParallelism(), chromium: browser.version() };

print(`Site budgets — ${paths.length} pages${options.page.length > 0 ? ' (chosen with --page)' : ' from the sitemap'}, Chromium ${browser.version()}, ${availableParallelism()} cores, load ${load}`);
print(`Served gzip-compressed (level 6) by a static server from ${builtHere ? 'a fresh build' : dist}.`);

if (!skip.has('bytes')) {
  print();
  print('JavaScript before interaction (load, network idle, 1 s idle; no scroll, click or key) — transferred gzip bytes of script files + inline scripts (gzip of their text)');
  const measured: ScriptBytes[] = [];
  for (const path of paths) {
    for (const viewport of viewports) {
      const result = await measureScriptBytes(browser, server.url, path, viewport);
      measured.push(result);
    }
    const [desktop, phone] = measured.slice(-2) as [ScriptBytes, ScriptBytes];
    print(`  ${path.padEnd(44)} desktop ${kb(desktop.transferred + desktop.inline).padStart(8)}  phone ${kb(phone.transferred + phone.inline).padStart(8)}${desktop.workers.length + phone.workers.length > 0 ? '  WORKER LOADED' : ''}`);
  }
  results.scriptBytes = measured;
  // The peer: a plain docs page, measured even when not chosen with --page.
  const rulePath = paths.find((path) => /^\/rules\/[^/]+\/$/.test(path)) ?? '/rules/no-secrets/';
  if (!measured.some((each) => each.path === rulePath)) {
    for (const viewport of viewports) measured.push(await measureScriptBytes(browser, server.url, rulePath, viewport));
  }
  for (const [path, target, what] of [
    [templatePath, budget.templateScriptBytes, 'before interaction'],
    [editorPath, budget.editorScriptBytes, 'before the first keystroke'],
  ] as const) {
    for (const viewport of viewports) {
      const page = measured.find((each) => each.path === path && each.viewport === viewport.name);
      const rule = measured.find((each) => each.path === rulePath && each.viewport === viewport.name);
      if (!page) continue;
      const total = page.transferred + page.inline;
      const peer = rule ? rule.transferred + rule.inline : Number.NaN;
      print();
      print(`  ${path} at ${viewport.name}: ${kb(total)} ${what} (files ${kb(page.transferred)} + inline ${kb(page.inline)}) — target ≤ ${kb(target)}: ${verdict(total <= target && page.workers.length === 0)}`);
      print(`    peer: plain docs page ${rulePath} ${kb(peer)} → ${(total / peer).toFixed(2)}× the peer`);
      for (const file of page.files) print(`    ${kb(file.bytes).padStart(8)}  ${file.path}`);
    }
  }
  const anyWorker = measured.filter((each) => each.workers.length > 0);
  const worker = await scriptGraph(dist, /^spec-worker-.*\.js$/);
  print();
  print(
    `  Spec worker ${worker ? `${worker.entry}: ${kb(worker.gzip)} gzip at start (${kb(worker.raw)} raw) + ${kb(worker.lazyGzip)} gzip imported on demand (${worker.files.length} files)` : 'not found in the build'}` +
      ` — fetched before interaction on ${anyWorker.length === 0 ? 'no page' : anyWorker.map((each) => `${each.path} (${each.viewport})`).join(', ')} — target: never: ${verdict(anyWorker.length === 0)}`,
  );
  results.worker = worker;

  // Not "before interaction": what the editor loads at its first keystroke (the main-thread renderer).
  if (paths.includes(editorPath)) {
    const first = await measureFirstKeystroke(browser, server.url + editorPath, 'sm-field-problem', new Set((worker?.files ?? []).map((file) => `/_astro/${file}`)));
    print(
      `  For reference (at the first keystroke): ${editorPath} has ${kb(first.before)} of page script files before the first key, ${kb(first.after)} once a key typed into "Problem" shows in the preview` +
        ` (the spec worker's files not counted; worker started before the key: ${first.workersBefore.length === 0 ? 'no' : first.workersBefore.join(', ')}). The key loaded:`,
    );
    for (const file of first.added.slice(0, 3)) print(`    ${kb(file.bytes).padStart(8)}  ${file.path}`);
    results.firstKeystroke = first;
  }
}

const template = await loadBuiltInTemplate('api-integration');
const { answers } = parseSpec(template, await readFile(exampleSpec, 'utf8'));
const link = `${server.url}${editorPath}#${await encodeShareFragment(draftEnvelope(toFormTemplate(template), answers))}`;

if (!skip.has('share') && paths.includes(editorPath)) {
  const runs = Number(options['share-runs']);
  print();
  print(`Share link → draft on ${editorPath} (the Stripe example, ${link.length - server.url.length} characters), opened ${runs} times in a fresh browser context at 1440×900; ms from the start of navigation, median (max)`);
  const landings: ShareLanding[] = [];
  for (let run = 0; run < runs; run += 1) landings.push(await measureShareLanding(browser, link, answers.title ?? ''));
  const line = (name: keyof ShareLanding) => `${median(landings.map((each) => each[name])).toFixed(0)} (${Math.max(...landings.map((each) => each[name])).toFixed(0)})`;
  const focused = Math.max(...landings.map((each) => each.focused));
  print(`  draft in the form, focus on the first part to answer  ${line('focused')} — target ≤ ${budget.shareLinkMs} ms every time: ${verdict(focused <= budget.shareLinkMs)}`);
  print(`  preview of the draft shown                            ${line('previewed')}`);
  print(`  lint results of the draft shown                       ${line('checked')}`);
  results.shareLanding = landings;
}

if (!skip.has('keys')) {
  const runs = Number(options.runs);
  const chars = Number(options.chars);
  const spec = await readFile(exampleSpec, 'utf8');
  print();
  print(`Keystroke → preview on ${editorPath}, ${chars} characters typed at the end of "Problem", 100 ms apart, ${runs} runs (median of each run's statistic)`);
  print('  "painted" waits for the display\'s next frame (up to 16.7 ms at 60 Hz) and then draws it, so it cannot be held under 16 ms by any page; the target is on the DOM update.');
  const summarise = (label: string, all: KeystrokeRun[], target: boolean) => {
    const stat = (pick: (run: KeystrokeRun) => number[], p: number | 'max') => median(all.map((run) => (p === 'max' ? Math.max(...pick(run)) : percentile(pick(run), p))));
    const missed = all.reduce((sum, run) => sum + run.missed, 0);
    print(`  ${label} (timed keystrokes per run ${all.map((run) => run.toDom.length).join('/')}${missed > 0 ? `, ${missed} never shown` : ''})`);
    for (const [name, pick, targeted] of [
      ['keydown → preview DOM updated ', (run: KeystrokeRun) => run.toDom, true],
      ['keydown → that frame painted  ', (run: KeystrokeRun) => run.toPainted, false],
    ] as const) {
      const p95 = stat(pick, 95);
      print(
        `    ${name} p50 ${stat(pick, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  max ${stat(pick, 'max').toFixed(1).padStart(6)} ms` +
          (target && targeted ? `  — target p95 ≤ ${budget.keystrokeP95Ms} ms: ${verdict(p95 <= budget.keystrokeP95Ms && missed === 0)}` : ''),
      );
    }
    const timed = all.reduce((sum, run) => sum + run.toDom.length, 0);
    const sameFrame = all.reduce((sum, run) => sum + run.sameFrame, 0);
    print(`    preview painted in the typed character's own frame: ${sameFrame} of ${timed} keystrokes (${((100 * sameFrame) / Math.max(timed, 1)).toFixed(1)}%)`);
  };
  const filled: KeystrokeRun[] = [];
  const blank: KeystrokeRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    filled.push(await measureKeystrokes(browser, server.url + editorPath, spec, chars));
    blank.push(await measureKeystrokes(browser, server.url + editorPath, '', chars));
  }
  summarise('filled spec (stripe example)', filled, true);
  summarise('peer: blank form, same typing', blank, false);
  results.keystrokes = { filled, blank };
}

if (!skip.has('lighthouse')) {
  const extra = Number(options['lighthouse-runs']);
  print();
  print(`Lighthouse (mobile defaults, simulated throttling) — target ${budget.lighthouse} in ${categories.join(', ')}; pages below 100 in performance are run ${extra} times, median shown`);
  const all: LighthouseResult[] = [];
  for (const path of paths) {
    let result = await runLighthouse(chromePath, server.url + path);
    if (result.scores.performance < 100 && extra > 1) {
      const more = [result];
      for (let run = 1; run < extra; run += 1) more.push(await runLighthouse(chromePath, server.url + path));
      const middle = median(more.map((each) => each.scores.performance));
      result = more.find((each) => each.scores.performance === middle) ?? more.sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(more.length / 2)] ?? result;
    }
    all.push(result);
    const ok = categories.every((name) => result.scores[name] >= budget.lighthouse);
    print(`  ${path.padEnd(44)} ${categories.map((name) => `${name} ${result.scores[name]}`).join('  ')}  ${verdict(ok)}${ok ? '' : `  (${result.failing.join('; ')})`}`);
  }
  const reports = new URL('../.tmp/site/lighthouse/', import.meta.url);
  await mkdir(reports, { recursive: true });
  for (const each of all) await writeFile(new URL(`${each.path.replace(/^\/|\/$/g, '').replaceAll('/', '--') || 'home'}.json`, reports), each.json);
  const missing = all.filter((each) => categories.some((name) => each.scores[name] < budget.lighthouse));
  print(`  ${all.length - missing.length} of ${all.length} pages score 100 in all four: ${verdict(missing.length === 0)}`);
  results.lighthouse = all.map(({ json: _json, ...rest }) => rest);
}

if (!skip.has('shots') && paths.includes(editorPath)) {
  const folder = new URL('../.tmp/site/screenshots/', import.meta.url);
  await mkdir(folder, { recursive: true });
  const files = await takeScreenshots(browser, server.url, link, folder);
  print();
  print(`Screenshots of the editor in bench/.tmp/site/screenshots/: ${files.join(', ')}`);
}

await browser.close();
await server.close();
if (builtHere) await rm(dist, { recursive: true, force: true });
const out = new URL('../.tmp/site/', import.meta.url);
await mkdir(out, { recursive: true });
await writeFile(new URL('results.json', out), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(new URL('output.txt', out), `${lines.join('\n')}\n`);
