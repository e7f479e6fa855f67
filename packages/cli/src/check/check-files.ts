import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { LoadedConfig } from '../config/specmark-config.ts';
import { findFiles } from '../files/find-files.ts';
import { sniffTemplate } from '../files/sniff-template.ts';
import { cliVersion } from '../version.ts';
import type { LintSettings } from './create-linter.ts';
import { contentHash, openLintCache, type LintCache } from './lint-cache.ts';
import { fileResult, type FileResult, type LintMessage } from './lint-message.ts';
import { lintInPool } from './lint-pool.ts';
import type { LintTask } from './lint-protocol.ts';

/** What to check and how. */
export interface CheckOptions {
  /** Working directory. */
  cwd: string;
  /** Paths, folders and globs (default: `[]`, everything under `cwd`). */
  patterns?: readonly string[];
  /** The configuration. */
  loaded: LoadedConfig;
  /** Ids of the known templates, and the sources of configured template files. */
  templates: { ids: ReadonlySet<string>; sources: readonly string[] };
  /** Cache folder or file; no cache when unset (default: none). */
  cache?: string;
  /** Worker threads (default: one per core when there are enough files). */
  jobs?: number;
  /** Called with the number of files to lint, then after each file (default: none). */
  onProgress?: (done: number, total: number) => void;
}

/** The result of a check run. */
export interface CheckResult {
  /** One result per checked file, sorted by path. */
  files: FileResult[];
  /** Files found but skipped because their frontmatter names no known template. */
  skipped: number;
  /** Files whose results came from the cache. */
  cached: number;
}

/**
 * Check spec files with the Specmark preset: find them, skip files whose frontmatter does not name
 * a known template (explicitly named files are always checked), reuse cached results, and lint
 * the rest (in worker threads when there are many).
 *
 * @param options What to check and how.
 * @returns The results.
 * @throws {CliError} On a missing path or bad glob.
 * @throws {Error} When the preset rejects the configuration.
 */
export async function checkFiles(options: CheckOptions): Promise<CheckResult> {
  const { cwd, loaded, templates } = options;
  const found = await findFiles({ cwd, patterns: options.patterns ?? [], ignore: loaded.config.ignore ?? [], ignoreRoot: loaded.root });
  const settings = lintSettings(loaded);
  const cache = options.cache === undefined ? undefined : await openLintCache(options.cache, cacheKey(settings, templates));
  const texts = await readAll(found.map((file) => file.path));

  const names: string[] = [];
  const messages = new Map<number, LintMessage[]>();
  const tasks: LintTask[] = [];
  const hashes = new Map<number, string>();
  let skipped = 0;
  found.forEach((file, position) => {
    const value = texts[position]!;
    if (!file.explicit) {
      const named = sniffTemplate(value);
      if (named === undefined || !templates.ids.has(named)) {
        skipped++;
        return;
      }
    }
    const index = names.push(relative(cwd, file.path).split(sep).join('/') || file.path) - 1;
    if (cache) {
      const hash = contentHash(value);
      const hit = cache.get(names[index]!, hash);
      if (hit) {
        messages.set(index, hit);
        return;
      }
      hashes.set(index, hash);
    }
    tasks.push({ index, path: file.path, value });
  });
  const cached = messages.size;
  options.onProgress?.(0, tasks.length);
  const linted = await lintInPool(tasks, settings, {
    cwd,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    onProgress: (done) => options.onProgress?.(done, tasks.length),
  });
  for (const [index, list] of linted) {
    messages.set(index, list);
    cache?.set(names[index]!, hashes.get(index)!, list);
  }
  await cache?.save();
  return { files: names.map((name, index) => fileResult(name, messages.get(index) ?? [])), skipped, cached };
}

/**
 * The linter settings of a configuration, template paths made absolute.
 *
 * @param loaded The configuration.
 * @returns What `createLinter` and the lint workers are configured with.
 */
export function lintSettings(loaded: LoadedConfig): LintSettings {
  const settings: LintSettings = {};
  const absolute = (source: string): string => (/\.mdx?$/i.test(source) ? resolve(loaded.root, source) : source);
  if (loaded.config.template !== undefined) settings.template = absolute(loaded.config.template);
  if (loaded.config.templates !== undefined) settings.templates = loaded.config.templates.map(absolute);
  if (loaded.config.rules !== undefined) settings.rules = loaded.config.rules;
  return settings;
}

/** What cached results depend on besides file content: settings, templates, tool versions. */
function cacheKey(settings: LintSettings, templates: CheckOptions['templates']): string {
  const versions = ['@specmark/remark-preset-lint', '@specmark/template', '@specmark/schema'].map(packageVersion);
  return contentHash(JSON.stringify({ cli: cliVersion(), versions, node: process.versions.node, settings, sources: templates.sources.map(contentHash) }));
}

/** The version of an installed package (`''` when it cannot be found from here). */
function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(new URL(import.meta.resolve(`${name}/package.json`)), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

/** Read files, a few at a time so that large trees do not run out of file handles. */
async function readAll(paths: readonly string[]): Promise<string[]> {
  const texts: string[] = new Array<string>(paths.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      texts[index] = await readFile(paths[index]!, 'utf8');
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, paths.length) }, reader));
  return texts;
}
