import { isUtf8 } from 'node:buffer';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ancestorGitignores, isGitignored, neverSearched, withGitignore, type GitignoreStack } from '@specmark/remark-preset-lint/node';
import picomatch from 'picomatch';
import { CliError } from '../cli-problem.ts';
import { errorReason, type FileProblem } from './file-problem.ts';
import { escapedUtf8 } from './utf8-text.ts';

/** Where to look for spec files. */
export interface FindFilesOptions {
  /** Folder paths and globs are relative to. */
  cwd: string;
  /** Paths, folders and globs from the command line (default: `[]`, every Markdown file under `cwd`). */
  patterns?: readonly string[];
  /** Globs of files to skip, relative to `ignoreRoot` (default: `[]`). */
  ignore?: readonly string[];
  /** Folder the `ignore` globs are relative to (default: `cwd`). */
  ignoreRoot?: string;
}

/** A file to check, and whether it was named on its own. */
export interface FoundFile {
  /** Absolute path; bytes of a name that are not UTF-8 are written `\xHH` (`caf\xE9.md`). */
  path: string;
  /** The path as bytes, when a name in it is not UTF-8: what to open (default: `path`). */
  raw?: Buffer;
  /**
   * `true` when the path was given on its own, so it is checked whatever its frontmatter says
   * (and reported when it cannot be read or is not a regular file).
   */
  explicit: boolean;
  /** Why the path could not be searched: a folder that cannot be read (default: none). */
  problem?: FileProblem;
}

const markdown = /\.mdx?$/i;

/**
 * Find the Markdown (`.md`, `.mdx`) files to check: files named on the command line, every
 * Markdown file under named folders, or matching globs, default everything under `cwd`.
 * `node_modules`, `.git`, files excluded by `.gitignore` and by the `ignore` globs are skipped;
 * ignored folders are not entered; folders are searched for regular files only (no named pipes,
 * sockets or devices). A file or folder whose name is not UTF-8 is found too: its `path` shows
 * the name escaped and `raw` holds the bytes to open it by. A folder that cannot be read is
 * returned too, with its `problem`, so that it is reported rather than passed over in silence.
 *
 * @param options Where to look.
 * @returns The files, sorted by path, each once.
 * @throws {CliError} When a path does not exist and is not a glob, or a glob is invalid.
 */
export async function findFiles(options: FindFilesOptions): Promise<FoundFile[]> {
  const { cwd, patterns = [], ignore = [], ignoreRoot = cwd } = options;
  const skip = ignore.length === 0 ? () => false : picomatch([...ignore], { dot: true });
  const skipPath = (path: string): boolean => skip(relative(ignoreRoot, path).split(sep).join('/'));
  const found = new Map<string, FoundFile>();
  const walks: { root: string; match: (path: string) => boolean; pattern?: string }[] = [];

  for (const pattern of patterns.length === 0 ? ['.'] : patterns) {
    const path = resolve(cwd, pattern);
    if (existsSync(path)) {
      if (statSync(path).isDirectory()) walks.push({ root: path, match: () => true });
      else found.set(path, { path, explicit: true });
      continue;
    }
    const scan = picomatch.scan(pattern);
    let matcher: (path: string) => boolean;
    try {
      matcher = picomatch(pattern.replace(/\\/g, '/'), { dot: true, strictBrackets: true });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split(' - ')[0]!.replace(/^Missing (\w+): /, 'missing $1 ').replace(/"/g, '`');
      throw new CliError({ code: 'glob-invalid', params: { actual: pattern, reason } });
    }
    if (!scan.isGlob) throw new CliError({ code: 'path-missing', params: { path: pattern } });
    const root = resolve(cwd, scan.base || '.');
    const absolute = isAbsolute(pattern);
    walks.push({ root, pattern, match: (file) => matcher(absolute ? file.split(sep).join('/') : relative(cwd, file).split(sep).join('/')) });
  }

  for (const walk of walks) {
    const files: FoundFile[] = [];
    await walkFolder({ path: walk.root, explicit: false }, await ancestorGitignores(walk.root), files);
    const matched = files.filter((file) => (file.problem !== undefined || walk.match(file.path)) && !skipPath(file.path));
    if (walk.pattern !== undefined && matched.length === 0) throw new CliError({ code: 'path-missing', params: { path: walk.pattern } });
    for (const file of matched) if (!found.has(file.path)) found.set(file.path, file);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Collect Markdown files under a folder, honouring `.gitignore` and skipping ignored folders. */
async function walkFolder(folder: FoundFile, above: GitignoreStack, files: FoundFile[]): Promise<void> {
  const stack = await withGitignore(above, folder.path);
  let entries;
  try {
    // Names as bytes: a name that is not UTF-8 can only be opened by its bytes.
    entries = await readdir(folder.raw ?? folder.path, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    // A folder removed meanwhile has no files; one that cannot be read is reported.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') files.push({ ...folder, explicit: true, problem: { code: 'folder-unreadable', params: { reason: errorReason(error) } } });
    return;
  }
  const folders: Promise<void>[] = [];
  for (const entry of entries) {
    const bytes = entry.name;
    const name = escapedUtf8(bytes);
    if (neverSearched.has(name)) continue;
    const path = join(folder.path, name);
    const raw = folder.raw || !isUtf8(bytes) ? Buffer.concat([folder.raw ?? Buffer.from(folder.path), Buffer.from(sep), bytes]) : undefined;
    const found: FoundFile = raw ? { path, raw, explicit: false } : { path, explicit: false };
    if (entry.isDirectory()) {
      if (!isGitignored(stack, path, true)) folders.push(walkFolder(found, stack, files));
    } else if (entry.isFile() && markdown.test(name) && !isGitignored(stack, path, false)) {
      files.push(found);
    }
  }
  await Promise.all(folders);
}
