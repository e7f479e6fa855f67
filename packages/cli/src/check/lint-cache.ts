import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { LintMessage } from './lint-message.ts';

/** Results of earlier runs, valid while the content, configuration and tool versions are unchanged. */
export interface LintCache {
  /** The cached messages of a file, when its content is unchanged. */
  get(path: string, hash: string): LintMessage[] | undefined;
  /** Remember a file's messages. */
  set(path: string, hash: string, messages: LintMessage[]): void;
  /** Write the cache to disk, keeping only the files seen in this run. */
  save(): Promise<void>;
}

interface CacheFile {
  key: string;
  files: Record<string, { hash: string; messages: LintMessage[] }>;
}

/**
 * The default cache location: `node_modules/.cache/specmark` under the working directory.
 *
 * @param cwd Working directory.
 * @returns The cache folder.
 */
export function defaultCacheLocation(cwd: string): string {
  return join(cwd, 'node_modules', '.cache', 'specmark');
}

/**
 * Hash a file's content for the cache.
 *
 * @param value The file's text.
 * @returns A hex digest.
 */
export function contentHash(value: string): string {
  return createHash('sha1').update(value).digest('hex');
}

/**
 * Open the lint cache. The cache is one JSON file in `location` (a folder, or a `.json` file);
 * it is discarded when `key` (configuration, templates and tool versions) differs from the run
 * that wrote it.
 *
 * @param location Cache folder or file.
 * @param key What the results depend on besides each file's content.
 * @returns The cache (empty when there is none, it is unreadable, or its key differs).
 */
export async function openLintCache(location: string, key: string): Promise<LintCache> {
  const path = location.endsWith('.json') ? resolve(location) : join(resolve(location), 'check-cache.json');
  let previous: CacheFile = { key, files: {} };
  try {
    const read = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
    if (read.key === key && typeof read.files === 'object' && read.files !== null) previous = read;
  } catch {
    // No usable cache: start empty.
  }
  const next: CacheFile = { key, files: {} };
  return {
    get(file, hash) {
      const entry = previous.files[file];
      if (entry?.hash !== hash) return undefined;
      next.files[file] = entry;
      return entry.messages;
    },
    set(file, hash, messages) {
      next.files[file] = { hash, messages };
    },
    async save() {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(next));
    },
  };
}
