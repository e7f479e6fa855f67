import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CliError } from '../cli-problem.ts';
import { ancestorGitignores, isGitignored, withGitignore, type GitignoreStack } from './gitignore-stack.ts';

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
  /** Absolute path. */
  path: string;
  /** `true` when the path was given as a file, so it is checked whatever its frontmatter says. */
  explicit: boolean;
}

const markdown = /\.mdx?$/i;
const skipped = new Set(['node_modules', '.git']);

/**
 * Find the Markdown (`.md`, `.mdx`) files to check: files named on the command line, every
 * Markdown file under named folders, or matching globs, default everything under `cwd`.
 * `node_modules`, `.git`, files excluded by `.gitignore` and by the `ignore` globs are skipped;
 * ignored folders are not entered.
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
    const files: string[] = [];
    await walkFolder(walk.root, await ancestorGitignores(walk.root), files);
    const matched = files.filter((file) => walk.match(file) && !skipPath(file));
    if (walk.pattern !== undefined && matched.length === 0) throw new CliError({ code: 'path-missing', params: { path: walk.pattern } });
    for (const file of matched) if (!found.has(file)) found.set(file, { path: file, explicit: false });
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Collect Markdown files under a folder, honouring `.gitignore` and skipping ignored folders. */
async function walkFolder(folder: string, above: GitignoreStack, files: string[]): Promise<void> {
  const stack = await withGitignore(above, folder);
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  const folders: Promise<void>[] = [];
  for (const entry of entries) {
    if (skipped.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!isGitignored(stack, path, true)) folders.push(walkFolder(path, stack, files));
    } else if (entry.isFile() && markdown.test(entry.name) && !isGitignored(stack, path, false)) {
      files.push(path);
    }
  }
  await Promise.all(folders);
}
