import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { listRepositoryFiles, repositoryRoot } from '@specmark/remark-preset-lint/node';
import type { KnownTemplates } from '../config/load-templates.ts';
import type { LoadedConfig } from '../config/specmark-config.ts';
import { findFiles, type FoundFile } from '../files/find-files.ts';
import { readFoundFile, type ReadFoundFile } from '../files/read-found-file.ts';
import { mayBeSpec } from '@specmark/template';
import { cliVersion } from '../version.ts';
import type { LintSettings } from './create-linter.ts';
import { contentHash, openLintCache, type LintCache } from './lint-cache.ts';
import { fileProblemLintMessage, fileResult, type FileResult, type LintMessage } from './lint-message.ts';
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
  /** The known templates: the sources of configured template files, and a loader of them all. */
  templates: Pick<KnownTemplates, 'sources' | 'list'>;
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
  /** Files found but skipped because they are not specs (see `chooseTemplate` of `@specmark/template`). */
  skipped: number;
  /** Files whose results came from the cache. */
  cached: number;
  /** Why the cache could not be written, and the cache file as messages name it (the results are still complete). */
  cacheError?: { path: string; reason: string };
}

/**
 * Check spec files with the Specmark preset: find them, skip files that are not specs, as the
 * preset decides it (explicitly named files are always checked), reuse cached results, and lint
 * the rest (in worker threads when there are many). A file that cannot be checked gets one error
 * message that says why, and the others are checked: a file that cannot be read or is not a
 * regular file (named pipe, socket, device), one whose bytes are not UTF-8 (at the first invalid
 * byte; it is not linted, so that no U+FFFD stands for what it holds), one a rule fails on; a
 * folder that cannot be read is reported the same way.
 *
 * @param options What to check and how.
 * @returns The results.
 * @throws {CliError} On a missing path or bad glob, or a cache file that is not a Specmark cache.
 * @throws {Error} When the preset rejects the configuration.
 */
export async function checkFiles(options: CheckOptions): Promise<CheckResult> {
  const { cwd, loaded, templates } = options;
  const found = await findFiles({ cwd, patterns: options.patterns ?? [], ignore: loaded.config.ignore ?? [], ignoreRoot: loaded.root });
  const settings = lintSettings(loaded);
  const cache = options.cache === undefined ? undefined : await openLintCache(options.cache, cacheKey(settings, templates), relative(cwd, options.cache) || options.cache);
  // The repository's files are listed only when a result depends on them: a cached one, or a new one.
  let fingerprint: Promise<string> | undefined;
  const repositoryNow = (): Promise<string> => (fingerprint ??= repositoryFingerprint(cwd));
  const repository = cache?.readsRepository ? await repositoryNow() : undefined;
  const texts = await readAll(found);
  // The templates are loaded only when a file found in a folder has to be told apart from other Markdown.
  const known = found.some((file) => !file.explicit) ? await templates.list() : [];

  const names: string[] = [];
  const messages = new Map<number, LintMessage[]>();
  const tasks: LintTask[] = [];
  const hashes = new Map<number, string>();
  const named = new Set<number>();
  let skipped = 0;
  found.forEach((file, position) => {
    const { text: value, sniffed, problem } = texts[position]!;
    // The quick look skips most other Markdown; the preset decides about the rest as it lints them.
    if (!file.explicit && sniffed !== undefined && !mayBeSpec(sniffed, known)) {
      skipped++;
      return;
    }
    const index = names.push(relative(cwd, file.path).split(sep).join('/') || file.path) - 1;
    if (value === undefined) {
      messages.set(index, [fileProblemLintMessage(problem!)]);
      return;
    }
    if (cache) {
      const hash = contentHash(value);
      const hit = cache.get(names[index]!, hash, repository);
      if (hit) {
        messages.set(index, hit);
        return;
      }
      hashes.set(index, hash);
    }
    if (file.explicit) named.add(index);
    tasks.push({ index, path: file.path, value });
  });
  const cached = messages.size;
  options.onProgress?.(0, tasks.length);
  const linted = await lintInPool(tasks, settings, {
    cwd,
    ...(cache === undefined ? {} : { descriptionCache: { folder: cache.folder, version: packageVersion('@specmark/api-description') } }),
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    onProgress: (done) => options.onProgress?.(done, tasks.length),
  });
  const notSpecs = new Set<number>();
  for (const [index, { messages: list, readsRepository, descriptions }] of linted) {
    // A file named on its own is reported even when it is not a spec (with no message).
    if (list === null && !named.has(index)) notSpecs.add(index);
    messages.set(index, list ?? []);
    // A result read with a description that could not be found depends on what is installed: it is not kept.
    if (list !== null && descriptions !== null) cache?.set(names[index]!, hashes.get(index)!, list, readsRepository ? await repositoryNow() : undefined, descriptions);
  }
  const cacheReason = await cache?.save();
  const cacheError = cache && cacheReason !== undefined ? { path: cache.shown, reason: cacheReason } : undefined;
  const files = names.flatMap((name, index) => (notSpecs.has(index) ? [] : [fileResult(name, messages.get(index) ?? [])]));
  return { files, skipped: skipped + notSpecs.size, cached, ...(cacheError === undefined ? {} : { cacheError }) };
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

/** What cached results depend on besides file content: settings, templates, tool versions (the repository's files, per result). */
function cacheKey(settings: LintSettings, templates: CheckOptions['templates']): string {
  const versions = ['@specmark/remark-preset-lint', '@specmark/template', '@specmark/schema'].map(packageVersion);
  return contentHash(JSON.stringify({ cli: cliVersion(), versions, node: process.versions.node, settings, sources: templates.sources.map(contentHash) }));
}

/**
 * The files of the repository the working directory is in, as a hash: a file added, moved or
 * removed changes what `reference-files-exist` says about a spec whose text did not change.
 */
async function repositoryFingerprint(cwd: string): Promise<string> {
  const root = repositoryRoot(cwd);
  if (root === undefined) return '';
  const { paths, complete } = await listRepositoryFiles(root);
  return contentHash(`${complete}\n${paths.join('\n')}`);
}

/** The version of an installed package (`''` when it cannot be found from here). */
function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(new URL(import.meta.resolve(`${name}/package.json`)), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

/** A file as read for checking (its bytes are not kept). */
type ReadFile = Omit<ReadFoundFile, 'snapshot'>;

/** Read one file for checking. */
async function readOne(file: FoundFile): Promise<ReadFile> {
  const { text, sniffed, problem } = await readFoundFile(file);
  return { text, sniffed, problem };
}

/** Read files, a few at a time so that large trees do not run out of file handles. */
async function readAll(files: readonly FoundFile[]): Promise<ReadFile[]> {
  const texts: ReadFile[] = new Array<ReadFile>(files.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      texts[index] = await readOne(files[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, files.length) }, reader));
  return texts;
}
