/**
 * The OpenAPI parsers a description could be read with, side by side: time to go from a
 * description's text to what a check needs (median of several runs after a warm-up, each parser
 * in its own process, with `JSON.parse` timed in that same process as the yardstick), installed
 * size (the package and its dependencies in node_modules), browser bundle size (esbuild, minified,
 * gzip), and how many descriptions of a fixed sample of APIs.guru's collection each one fails on.
 * Writes `bench/.tmp/api-description/parsers.json` and prints a table. Not a test.
 *
 * Run from the repository root: `npx node --conditions=@specmark/source bench/api-description/parsers.ts [--runs 7] [--sample 60]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { allDescriptions, realDescription } from '../../packages/api-description/test/support/real-descriptions.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const out = join(repo, 'bench', '.tmp', 'api-description');

/** Each parser, from a description's text to what it gives. */
const parsers: Record<string, { module: string; bundle: string; run: (text: string) => Promise<unknown> }> = {
  'JSON.parse': { module: '', bundle: '', run: async (text) => JSON.parse(text) },
  'specmark indexDescription': {
    module: '@specmark/api-description',
    bundle: "import { readDescriptionText, indexDescription } from '@specmark/api-description'; globalThis.x = [readDescriptionText, indexDescription];",
    run: async (text) => {
      const { readDescriptionText, indexDescription } = await import('@specmark/api-description');
      const read = readDescriptionText(text);
      if (!read.ok) throw new Error(read.problem.message);
      const { result } = indexDescription(new Map([['api.json', read.value]]));
      if (!result.ok) throw new Error(result.problem.message);
      return result.value;
    },
  },
  '@scalar/openapi-parser load': {
    module: '@scalar/openapi-parser',
    bundle: "import { load } from '@scalar/openapi-parser'; globalThis.x = load;",
    run: async (text) => {
      const { load } = await import('@scalar/openapi-parser');
      const loaded = await load(text);
      if (loaded.errors?.length) throw new Error(loaded.errors[0]!.message);
      return loaded.specification;
    },
  },
  '@scalar/openapi-parser dereference': {
    module: '@scalar/openapi-parser',
    bundle: "import { dereference } from '@scalar/openapi-parser'; globalThis.x = dereference;",
    run: async (text) => {
      const { dereference } = await import('@scalar/openapi-parser');
      const result = dereference(text);
      if (result.errors?.length) throw new Error(result.errors[0]!.message);
      return result.schema;
    },
  },
  '@readme/openapi-parser dereference': {
    module: '@readme/openapi-parser',
    bundle: "import { dereference } from '@readme/openapi-parser'; globalThis.x = dereference;",
    run: async (text) => {
      const { dereference } = await import('@readme/openapi-parser');
      return dereference(JSON.parse(text));
    },
  },
  '@apidevtools/swagger-parser dereference': {
    module: '@apidevtools/swagger-parser',
    bundle: "import SwaggerParser from '@apidevtools/swagger-parser'; globalThis.x = SwaggerParser.dereference;",
    run: async (text) => {
      const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
      return SwaggerParser.dereference(JSON.parse(text));
    },
  },
};

const descriptions = { 'GitHub (api.github.com)': 'github.com/api.github.com.json', 'Microsoft Graph (graph.json)': 'microsoft.com/graph.json', Stripe: 'stripe.com.json' };

/** The median of numbers. */
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Child: time one parser on one description; prints `{ms, jsonMs}` or `{error}`. */
async function timeOne(parser: string, name: string, runs: number): Promise<void> {
  const text = readFileSync(realDescription(name), 'utf8');
  const { run } = parsers[parser]!;
  try {
    await run(text);
    const times: number[] = [];
    const jsonTimes: number[] = [];
    for (let index = 0; index < runs; index++) {
      let started = performance.now();
      JSON.parse(text);
      jsonTimes.push(performance.now() - started);
      started = performance.now();
      await run(text);
      times.push(performance.now() - started);
    }
    process.stdout.write(JSON.stringify({ ms: median(times), jsonMs: median(jsonTimes) }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: String(error instanceof Error ? error.message : error).slice(0, 200) }));
  }
}

/** Child: how many descriptions of the sample a parser fails on (throws or reports errors). */
async function sampleOne(parser: string, names: string[]): Promise<void> {
  const failed: string[] = [];
  for (const name of names) {
    try {
      await parsers[parser]!.run(readFileSync(realDescription(name), 'utf8'));
    } catch (error) {
      failed.push(`${name}: ${String(error instanceof Error ? error.message : error).split('\n')[0]!.slice(0, 120)}`);
    }
  }
  process.stdout.write(JSON.stringify({ failed }));
}

/** Run this file as a child process and read its JSON output. */
function child(args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, ['--conditions=@specmark/source', '--max-old-space-size=6144', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(result.stdout) as Record<string, unknown>;
  } catch {
    return { error: result.signal ? `stopped (${result.signal})` : `exit ${result.status}: ${result.stderr.split('\n').find((line) => /Error/.test(line)) ?? result.stderr.slice(0, 200)}` };
  }
}

/** The package folders a package needs, itself included, as npm installed them. */
function closure(name: string, from = repo, seen = new Map<string, string>()): Map<string, string> {
  let folder = from;
  for (;;) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) {
      if (seen.has(candidate)) return seen;
      seen.set(candidate, name);
      const manifest = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
      for (const dependency of Object.keys({ ...manifest.dependencies })) closure(dependency, candidate, seen);
      return seen;
    }
    if (folder === '/' || folder === '') return seen;
    folder = join(folder, '..');
  }
}

/** Bytes on disk of a folder's files (nested node_modules left to the closure). */
function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The installed size of a package and what it needs, and how many packages that is. */
function installedSize(name: string): { bytes: number; packages: number } {
  // Our package's own files are its sources (the published package holds the built `dist`).
  const folders = closure(name);
  return { bytes: [...folders.keys()].reduce((sum, folder) => sum + folderBytes(folder), 0), packages: folders.size };
}

/** The browser bundle of a one-line import, minified, and its gzip size; or why it cannot be built. */
async function bundleSize(source: string): Promise<{ bytes: number; gzip: number } | { error: string }> {
  const { build } = await import('esbuild');
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: repo, loader: 'ts' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      conditions: ['@specmark/source'],
    });
    const code = result.outputFiles[0]!.contents;
    return { bytes: code.length, gzip: gzipSync(code).length };
  } catch (error) {
    const errors = (error as { errors?: { text: string }[] }).errors;
    return { error: errors?.[0]?.text ?? String(error) };
  }
}

/** A fixed sample of the collection: every `step`-th description of the sorted listing, under 6 MB. */
function sample(size: number): string[] {
  const names = allDescriptions().filter((name) => statSync(realDescription(name)).size < 6_000_000);
  const step = Math.floor(names.length / size);
  return Array.from({ length: size }, (_, index) => names[index * step]!);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'time') await timeOne(rest[0]!, rest[1]!, Number(rest[2]));
else if (mode === 'sample') await sampleOne(rest[0]!, sample(Number(rest[1])));
else {
  const option = (flag: string, fallback: number): number => (process.argv.includes(flag) ? Number(process.argv[process.argv.indexOf(flag) + 1]) : fallback);
  const runs = option('--runs', 7);
  const sampleSize = option('--sample', 60);
  const results: Record<string, unknown> = { node: process.versions.node, runs, sampleSize };
  const lines: string[] = [];
  const cell = (text: string, width: number): string => text.padStart(width);
  for (const [label, name] of Object.entries(descriptions)) {
    const bytes = statSync(realDescription(name)).size;
    lines.push('', `${label}: ${name}, ${(bytes / 1024 / 1024).toFixed(1)} MB — median of ${runs} runs after a warm-up, one process per parser`);
    lines.push(`  ${'parser'.padEnd(42)}${cell('ms', 9)}${cell('JSON.parse ms', 15)}${cell('× JSON.parse', 14)}`);
    for (const parser of Object.keys(parsers)) {
      process.stderr.write(`  timing ${parser} on ${name}\n`);
      const measured = child(['time', parser, name, String(runs)]) as { ms?: number; jsonMs?: number; error?: string };
      results[`${name} ${parser}`] = measured;
      lines.push(
        measured.ms === undefined
          ? `  ${parser.padEnd(42)}  fails: ${measured.error}`
          : `  ${parser.padEnd(42)}${cell(measured.ms.toFixed(0), 9)}${cell(measured.jsonMs!.toFixed(0), 15)}${cell((measured.ms / measured.jsonMs!).toFixed(1), 14)}`,
      );
    }
  }
  const names = sample(sampleSize);
  lines.push('', `Size, and failures over ${names.length} descriptions of the collection (every ${Math.floor(allDescriptions().length / sampleSize)}th of the sorted listing, under 6 MB)`);
  lines.push(`  ${'parser'.padEnd(42)}${cell('installed', 11)}${cell('packages', 10)}${cell('browser min', 13)}${cell('gzip', 10)}${cell('fails', 8)}`);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  for (const [parser, { module, bundle }] of Object.entries(parsers)) {
    if (module === '') continue;
    process.stderr.write(`  sizing and sampling ${parser}\n`);
    const installed = installedSize(module);
    const browser = await bundleSize(bundle);
    const sampled = child(['sample', parser, String(sampleSize)]) as { failed?: string[]; error?: string };
    results[`${parser} size`] = { installed, browser, failed: sampled.failed ?? sampled.error };
    const browserCells = 'error' in browser ? `  ${`fails: ${browser.error}`.slice(0, 60)}` : `${cell(kb(browser.bytes), 13)}${cell(kb(browser.gzip), 10)}`;
    lines.push(`  ${parser.padEnd(42)}${cell(`${(installed.bytes / 1024 / 1024).toFixed(1)} MB`, 11)}${cell(String(installed.packages), 10)}${browserCells}${'error' in browser ? '' : cell(sampled.failed ? String(sampled.failed.length) : 'n/a', 8)}`);
    for (const failure of sampled.failed ?? []) lines.push(`      ${failure}`);
    if ('error' in browser) lines.push(`      fails on the sample: ${sampled.failed ? sampled.failed.length : sampled.error}`);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'parsers.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(out, 'parsers.txt'), `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
