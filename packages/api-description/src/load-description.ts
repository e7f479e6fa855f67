import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ApiIndex } from './api-index.ts';
import type { DescriptionProblem, DescriptionResult } from './description-problem.ts';
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
  /**
   * Called, before the result is returned, with the files the description was read from (the
   * entry first; `[]` when it could not be located): a result depends on them (default: none).
   */
  onRead?: (files: readonly DescriptionFile[]) => void;
}

/**
 * A file a description was read from: its path, and what it held when read. A file that could
 * not be read (missing) has `hash: null`, `size: -1` and `mtimeMs: -1`.
 */
export interface DescriptionFile {
  /** The file's absolute path. */
  path: string;
  /** The SHA-256 of its bytes (hex), or `null` when it could not be read. */
  hash: string | null;
  /** Its size in bytes when read (`-1` when it could not be). */
  size: number;
  /** Its modification time when read, in milliseconds (`-1` when it could not be read). */
  mtimeMs: number;
}

/** Indexes read in this process, by entry path, with the files each was read from. */
const remembered = new Map<string, { reference: string; files: Promise<readonly DescriptionFile[]>; loading: Promise<DescriptionResult<LoadedDescription>> }>();

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
    // `@scope/name/…` can only be a package; `vendor/api.json` may be a file the writer misplaced.
    const message = inPackage.name.startsWith('@')
      ? `Unexpected \`${reference}\` from package \`${inPackage.name}\`, which is not installed, expected it installed (\`npm install --save-dev ${inPackage.name}\`) or a path relative to the spec`
      : `Unexpected \`${reference}\`, which is neither a file beside the spec nor in an installed package \`${inPackage.name}\`, expected the path of the description relative to the spec (\`./${reference}\`) or the package installed (\`npm install --save-dev ${inPackage.name}\`)`;
    return { ok: false, problem: { message } };
  }
  return { ok: true, value: found };
}

/** One file of a description read: its bytes or why not, and what the file held. */
interface ReadFile {
  result: DescriptionResult<Buffer>;
  file: DescriptionFile;
}

/** Reads one file of a description; `shown` names it in messages, followed by `note`. */
async function readBytes(path: string, shown: string, note = ''): Promise<ReadFile> {
  const file: DescriptionFile = { path, hash: null, size: -1, mtimeMs: -1 };
  const fail = (message: string): ReadFile => ({ result: { ok: false, problem: { message } }, file });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(`Unexpected \`${shown}\`${note} that is not a file, expected an OpenAPI or Swagger description`);
    if (info.size > descriptionSizeLimit) return fail(`Unexpected description of ${Math.round(info.size / 1024 / 1024)} MB, expected at most ${descriptionSizeLimit / 1024 / 1024} MB`);
    const bytes = await readFile(path);
    Object.assign(file, { size: info.size, mtimeMs: info.mtimeMs, hash: createHash('sha256').update(bytes).digest('hex') });
    return { result: { ok: true, value: bytes }, file };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' || code === 'ENOTDIR' ? `Unexpected missing file \`${shown}\`${note}, expected an OpenAPI or Swagger description there` : `Unexpected unreadable file \`${shown}\`${note} (${code ?? 'error'}), expected an OpenAPI or Swagger description`);
  }
}

/** The document a description file's bytes hold. */
function readDocument(bytes: Buffer): DescriptionResult<Record<string, unknown>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { message: 'Unexpected bytes that are not UTF-8, expected an OpenAPI or Swagger description in UTF-8' } };
  }
  return readDescriptionText(text);
}

/** A location as the index keys documents: the path with `/` separators. */
const location = (path: string): string => path.split(sep).join('/');

/** A description read and indexed, or why not, and the files it was read from. */
interface ReadAndIndexed {
  result: DescriptionResult<LoadedDescription>;
  files: DescriptionFile[];
}

/**
 * A problem of a file a `$ref` names, said at the entry: the file is named in the message, and
 * the line and column, which are the other file's, are said there too.
 */
function referencedProblem(problem: DescriptionProblem, shown: string): DescriptionProblem {
  const place = problem.line === undefined ? '' : ` at line ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`}`;
  return { message: `${problem.message} (in \`${shown}\`${place}, which a \`$ref\` names)` };
}

/** Reads and indexes a description file and the files its `$ref`s name. */
async function readAndIndex(path: string, shown: string, store: DescriptionIndexStore | undefined): Promise<ReadAndIndexed> {
  const entry = await readBytes(path, shown);
  const files = [entry.file];
  const done = (result: DescriptionResult<LoadedDescription>): ReadAndIndexed => ({ result, files });
  if (!entry.result.ok) return done(entry.result);
  const entryHash = entry.file.hash!;
  // A stored index spares parsing the description.
  const stored = await store?.get(entryHash);
  if (stored) return done({ ok: true, value: { path, hash: entryHash, index: stored } });
  const document = readDocument(entry.result.value);
  if (!document.ok) return done(document);
  const documents = new Map<string, unknown>([[location(path), document.value]]);
  const root = dirname(path);
  for (;;) {
    const outcome = indexDescription(documents, location(path));
    if (!outcome.result.ok) return done(outcome.result);
    const url = outcome.missing.find((missing) => /^[a-z][a-z0-9+.-]+:/i.test(missing));
    if (url !== undefined) {
      return done({ ok: false, problem: { message: `Unexpected \`$ref\` to \`${url}\`, expected a file beside the description (Specmark reads no network: save what it names beside the description)` } });
    }
    if (outcome.missing.length === 0 || documents.size >= fileLimit) {
      const hash = files.length === 1 ? entryHash : createHash('sha256').update(files.map((file) => file.hash).join('\n')).digest('hex');
      // A description spread over files is stored under its entry's hash only when it has one file.
      if (files.length === 1) await store?.set(hash, outcome.result.value);
      return done({ ok: true, value: { path, hash, index: outcome.result.value } });
    }
    for (const missing of outcome.missing) {
      const relativePath = relative(root, missing) || missing;
      const named = relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
      const read = await readBytes(missing, named, ', which a `$ref` names');
      files.push(read.file);
      // A file that could not be read is named in the message already; one that could, with the place in it.
      if (!read.result.ok) return done(read.result);
      const referenced = readDocument(read.result.value);
      if (!referenced.ok) return done({ ok: false, problem: referencedProblem(referenced.problem, named) });
      documents.set(missing, referenced.value);
    }
  }
}

/** Whether every file still holds what it held when read, by size and modification time. */
async function unchanged(files: readonly DescriptionFile[]): Promise<boolean> {
  for (const file of files) {
    let now = { size: -1, mtimeMs: -1 };
    try {
      now = await stat(file.path);
    } catch {
      // Missing now: unchanged only when it was missing then.
    }
    if (now.size !== file.size || now.mtimeMs !== file.mtimeMs) return false;
  }
  return true;
}

/**
 * Reads a spec's provider API description and indexes it. A description is read once per process
 * while the size and modification time of each of its files stay the same, and the index of a
 * one-file description is kept in the store by content hash across runs. A `$ref` (where the
 * index reads through it) to a file that cannot be read, or to a URL, makes the description
 * unreadable, with a message naming that file.
 *
 * @param reference The spec's `api.description` value.
 * @param options The spec file it is written in, and the store.
 * @returns The description's path, hash and index, or why it cannot be read.
 */
export async function loadDescription(reference: string, options: LoadDescriptionOptions): Promise<DescriptionResult<LoadedDescription>> {
  const located = locateDescription(reference, options.from);
  if (!located.ok) {
    options.onRead?.([]);
    return located;
  }
  const path = located.value;
  const known = remembered.get(path);
  // A problem names the file as the spec wrote it: another spec's reference reads it again.
  if (known && (known.reference === reference || (await known.loading).ok) && (await unchanged(await known.files))) {
    options.onRead?.(await known.files);
    return known.loading;
  }
  const reading = readAndIndex(path, reference, options.store);
  remembered.set(path, { reference, files: reading.then(({ files }) => files), loading: reading.then(({ result }) => result) });
  const { result, files } = await reading;
  options.onRead?.(files);
  return result;
}
