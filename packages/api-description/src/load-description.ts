import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import type { ApiIndex } from './api-index.ts';
import type { DescriptionResult } from './description-problem.ts';
import { findPackageFile, packagePath } from './find-package-file.ts';
import { indexDescription } from './index-description.ts';
import { readDescriptionText } from './read-description-text.ts';

/** The largest description read, in bytes: 128 MB (the largest in APIs.guru's collection is 47 MB). */
export const descriptionSizeLimit = 128 * 1024 * 1024;

/** The most files a description's `$ref`s may spread over. */
const fileLimit = 200;

/** A description read and indexed. */
export interface LoadedDescription {
  /** The description's entry file, absolute. */
  path: string;
  /**
   * The SHA-256 of its bytes (hex); for a description spread over several files, of each file's
   * hash in the order read.
   */
  hash: string;
  /** Its index. */
  index: ApiIndex;
}

/** A store that keeps indexes across runs, by the description's content hash. */
export interface DescriptionIndexStore {
  /** The index stored for a hash, if any. */
  get(hash: string): ApiIndex | undefined | Promise<ApiIndex | undefined>;
  /** Stores an index for a hash. */
  set(hash: string, index: ApiIndex): void | Promise<void>;
}

/** Options of {@link loadDescription}. */
export interface LoadDescriptionOptions {
  /** The spec file the reference is written in: a relative reference starts at its folder. */
  from: string;
  /** Keeps indexes across runs (default: none; the process's own memory still keeps them). */
  store?: DescriptionIndexStore;
}

/** Indexes read in this process: by path, with the size and modification time they were read at. */
const remembered = new Map<string, { size: number; mtimeMs: number; loading: Promise<DescriptionResult<LoadedDescription>> }>();

/**
 * Finds the file a spec's `api.description` names: a path relative to the spec (or absolute), or
 * a package path (`@octokit/openapi/generated/api.github.com.json`) found in `node_modules`.
 *
 * @param reference The `api.description` value.
 * @param from The spec file's path.
 * @returns The file's absolute path, or why it cannot be found.
 */
export function locateDescription(reference: string, from: string): DescriptionResult<string> {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(reference)) {
    return { ok: false, problem: { message: `Unexpected URL \`${reference}\`, expected a file path relative to the spec or a package path (Specmark reads no network: save the description beside the spec)` } };
  }
  const folder = dirname(resolve(from));
  const relative = resolve(folder, reference);
  if (reference.startsWith('.') || isAbsolute(reference) || existsSync(relative)) return { ok: true, value: relative };
  const inPackage = packagePath(reference);
  if (!inPackage) return { ok: true, value: relative };
  const found = findPackageFile(folder, inPackage);
  if (found === undefined) {
    return { ok: false, problem: { message: `Unexpected \`${reference}\` from package \`${inPackage.name}\`, which is not installed, expected it installed (\`npm install --save-dev ${inPackage.name}\`) or a path relative to the spec` } };
  }
  return { ok: true, value: found };
}

/** Reads one file of a description into a document. */
async function readDocument(path: string): Promise<DescriptionResult<{ document: Record<string, unknown>; hash: string }>> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, problem: { message: `Unexpected \`${path}\` that is not a file, expected an OpenAPI or Swagger description` } };
    if (info.size > descriptionSizeLimit) return { ok: false, problem: { message: `Unexpected description of ${Math.round(info.size / 1024 / 1024)} MB, expected at most ${descriptionSizeLimit / 1024 / 1024} MB` } };
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: { message: code === 'ENOENT' ? `Unexpected missing file \`${path}\`, expected an OpenAPI or Swagger description there` : `Unexpected unreadable file \`${path}\` (${code ?? 'error'}), expected an OpenAPI or Swagger description` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { message: 'Unexpected bytes that are not UTF-8, expected an OpenAPI or Swagger description in UTF-8' } };
  }
  const read = readDescriptionText(text);
  if (!read.ok) return read;
  return { ok: true, value: { document: read.value, hash: createHash('sha256').update(bytes).digest('hex') } };
}

/** A location as the index keys documents: the path with `/` separators. */
const location = (path: string): string => path.split(sep).join('/');

/** Reads and indexes a description file and the files its `$ref`s name. */
async function readAndIndex(path: string, store: DescriptionIndexStore | undefined): Promise<DescriptionResult<LoadedDescription>> {
  const entry = await readDocument(path);
  if (!entry.ok) return entry;
  const stored = await store?.get(entry.value.hash);
  if (stored) return { ok: true, value: { path, hash: entry.value.hash, index: stored } };
  const documents = new Map<string, unknown>([[location(path), entry.value.document]]);
  const hashes = [entry.value.hash];
  for (;;) {
    const outcome = indexDescription(documents, location(path));
    const readable = outcome.missing.filter((missing) => !/^[a-z][a-z0-9+.-]+:/i.test(missing) && !documents.has(missing));
    if (!outcome.result.ok || readable.length === 0 || documents.size >= fileLimit) {
      if (!outcome.result.ok) return outcome.result;
      const hash = hashes.length === 1 ? hashes[0]! : createHash('sha256').update(hashes.join('\n')).digest('hex');
      // A description spread over files is stored under its entry's hash only when it has one file.
      if (hashes.length === 1) await store?.set(hash, outcome.result.value);
      return { ok: true, value: { path, hash, index: outcome.result.value } };
    }
    for (const missing of readable) {
      const read = await readDocument(missing);
      // A file a `$ref` names that cannot be read leaves the objects it holds out of the index.
      documents.set(missing, read.ok ? read.value.document : null);
      if (read.ok) hashes.push(read.value.hash);
    }
  }
}

/**
 * Reads a spec's provider API description and indexes it. Each file is read once per process
 * while its size and modification time stay the same, and its index is kept in the store by
 * content hash across runs.
 *
 * @param reference The spec's `api.description` value.
 * @param options The spec file it is written in, and the store.
 * @returns The description's path, hash and index, or why it cannot be read.
 */
export async function loadDescription(reference: string, options: LoadDescriptionOptions): Promise<DescriptionResult<LoadedDescription>> {
  const located = locateDescription(reference, options.from);
  if (!located.ok) return located;
  const path = located.value;
  let info: { size: number; mtimeMs: number } = { size: -1, mtimeMs: -1 };
  try {
    info = await stat(path);
  } catch {
    // readDocument says why.
  }
  const known = remembered.get(path);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.loading;
  const loading = readAndIndex(path, options.store);
  remembered.set(path, { ...info, loading });
  return loading;
}
