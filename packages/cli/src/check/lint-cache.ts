import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../cli-problem.ts';
import { FileError, errorReason, fileProblemClause, systemCode } from '../files/file-problem.ts';
import { readSnapshot } from '../files/read-snapshot.ts';
import { writeFileAtomically } from '../files/write-file-atomically.ts';
import type { DescriptionFile } from '@specmark/api-description/node';
import { descriptionFilesChecker, isDescriptionFile } from './description-reads.ts';
import type { LintMessage } from './lint-message.ts';

/** Results of earlier runs, valid while the content, configuration and tool versions are unchanged. */
export interface LintCache {
  /** The cache file, as messages name it (relative to the working directory when given so). */
  readonly shown: string;
  /** The folder the cache file is in, where other cached data (API description indexes) is kept. */
  readonly folder: string;
  /** Whether an entry read from the cache depends on the repository's files (see `get`). */
  readonly readsRepository: boolean;
  /**
   * The cached messages of a file, when its content is unchanged and, for results that depended on
   * the repository's files, so are they, and so are the API description files they were read from.
   */
  get(path: string, hash: string, repository?: string): LintMessage[] | undefined;
  /**
   * Remember a file's messages, with the repository's files (their hash) and the API description
   * files (path, size, time, hash) when the results depend on them.
   */
  set(path: string, hash: string, messages: LintMessage[], repository?: string, descriptions?: readonly DescriptionFile[]): void;
  /**
   * Write the cache to disk atomically, keeping only the files seen in this run.
   *
   * @returns Why it could not be written, or `undefined` when it was.
   */
  save(): Promise<string | undefined>;
}

/** One file's cached results. */
interface CacheEntry {
  hash: string;
  messages: LintMessage[];
  /** The hash of the repository's files, for results that depended on them. */
  repository?: string;
  /** The files of the API descriptions the results were read with. */
  descriptions?: DescriptionFile[];
}

/** The cache file: what the results depend on, and the results by path. */
interface CacheFile {
  key: string;
  files: Record<string, CacheEntry>;
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
 * Hash a file's content for the cache. `node:crypto` is loaded on first use, so that a check
 * without a cache starts without it.
 *
 * @param value The file's text.
 * @returns A hex digest.
 */
export function contentHash(value: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha1').update(value).digest('hex');
}

const severities = new Set(['error', 'warning', 'info']);

/** A text or `null`. */
function isText(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

/** A 1-based place or `null`. */
function isPlace(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1);
}

/** Whether a value read from the cache is a lint message as reporters need it. */
function isLintMessage(value: unknown): value is LintMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    typeof message.message === 'string' &&
    typeof message.severity === 'string' &&
    severities.has(message.severity) &&
    isText(message.ruleId) &&
    isText(message.source) &&
    isText(message.url) &&
    isText(message.note) &&
    isText(message.messageId) &&
    (message.data === null || (typeof message.data === 'object' && !Array.isArray(message.data) && Object.values(message.data as object).every((value) => typeof value === 'string'))) &&
    isPlace(message.line) &&
    isPlace(message.column) &&
    isPlace(message.endLine) &&
    isPlace(message.endColumn)
  );
}

/** Whether a value read from the cache is a file's entry: a hash and valid messages. */
function isEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.hash === 'string' &&
    (entry.repository === undefined || typeof entry.repository === 'string') &&
    (entry.descriptions === undefined || (Array.isArray(entry.descriptions) && entry.descriptions.every(isDescriptionFile))) &&
    Array.isArray(entry.messages) &&
    entry.messages.every(isLintMessage)
  );
}

/** Whether parsed JSON is a Specmark cache file: a `key` and an object of `files`. */
function isCacheFile(value: unknown): value is { key: string; files: Record<string, unknown> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const file = value as Record<string, unknown>;
  return typeof file.key === 'string' && typeof file.files === 'object' && file.files !== null && !Array.isArray(file.files);
}

/** The valid entries of a cache file written with `key`; an entry of the wrong shape is a miss. */
async function readCacheFile(path: string, shown: string, key: string): Promise<Map<string, CacheEntry>> {
  const entries = new Map<string, CacheEntry>();
  let bytes: Buffer;
  try {
    bytes = (await readSnapshot(path)).bytes;
  } catch (error) {
    const code = systemCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return entries;
    throw new CliError({ code: 'cache-invalid', params: { path: shown, reason: error instanceof FileError ? fileProblemClause(error.problem) : errorReason(error) } });
  }
  if (bytes.length === 0) return entries;
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isCacheFile(value)) throw new CliError({ code: 'cache-invalid', params: { path: shown, reason: 'it is not a Specmark cache file, and it is not overwritten' } });
  if (value.key !== key) return entries;
  for (const [file, entry] of Object.entries(value.files)) if (isEntry(entry)) entries.set(file, entry);
  return entries;
}

/**
 * Open the lint cache. The cache is one JSON file in `location` (a folder, or a `.json` file);
 * it is discarded when `key` (configuration, templates and tool versions) differs from the run
 * that wrote it, and each file's entry is used only when it has the right shape (else the file is
 * checked again).
 *
 * @param location Cache folder or file.
 * @param key What the results depend on besides each file's content.
 * @param shown How to name the location in a message (default: `location`).
 * @returns The cache (empty when there is none or its key differs).
 * @throws {CliError} When the file exists but is not a Specmark cache file (it is never
 *   overwritten), or cannot be read.
 */
export async function openLintCache(location: string, key: string, shown: string = location): Promise<LintCache> {
  const path = location.endsWith('.json') ? resolve(location) : join(resolve(location), 'check-cache.json');
  const shownFile = location.endsWith('.json') ? shown : join(shown, 'check-cache.json');
  const previous = await readCacheFile(path, shownFile, key);
  const next: CacheFile = { key, files: {} };
  const unchanged = descriptionFilesChecker();
  return {
    shown: shownFile,
    folder: dirname(path),
    readsRepository: [...previous.values()].some((entry) => entry.repository !== undefined),
    get(file, hash, repository) {
      const entry = previous.get(file);
      if (entry?.hash !== hash || (entry.repository !== undefined && entry.repository !== repository)) return undefined;
      if (entry.descriptions !== undefined && !unchanged(entry.descriptions)) return undefined;
      next.files[file] = entry;
      return entry.messages;
    },
    set(file, hash, messages, repository, descriptions) {
      next.files[file] = { hash, messages, ...(repository === undefined ? {} : { repository }), ...(descriptions === undefined || descriptions.length === 0 ? {} : { descriptions: [...descriptions] }) };
    },
    async save() {
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomically(path, JSON.stringify(next));
        return undefined;
      } catch (error) {
        return errorReason(error);
      }
    },
  };
}
