import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isGitignored, slashRelative, withGitignore, type GitignoreStack } from './gitignore-stack.ts';
import type { RepositoryFiles } from './repository-index.ts';

/** Folders never searched: a repository's own data and installed packages. */
export const neverSearched: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/** How many files and folders a listing reads at most (default of {@link listRepositoryFiles}). */
export const listingCap = 50_000;

/**
 * List a repository's files: every file under the root, `.gitignore`d ones, `.git` and
 * `node_modules` left out (ignored folders are not entered). The listing stops after `cap` files
 * and folders, so that a huge tree costs a bounded time; it says so (`complete: false`).
 *
 * @param root Absolute path of the repository's root.
 * @param cap Most files and folders to read (default: `50_000`).
 * @returns The files, relative to the root, `/`-separated, sorted.
 */
export async function listRepositoryFiles(root: string, cap: number = listingCap): Promise<RepositoryFiles> {
  const paths: string[] = [];
  let seen = 0;
  let complete = true;
  const walk = async (folder: string, above: GitignoreStack): Promise<void> => {
    const stack = await withGitignore(above, folder);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      // A folder that cannot be read has no files the spec could count on.
      return;
    }
    const folders: Promise<void>[] = [];
    for (const entry of entries) {
      if (neverSearched.has(entry.name)) continue;
      if (++seen > cap) {
        complete = false;
        break;
      }
      const path = join(folder, entry.name);
      const directory = entry.isDirectory();
      if (isGitignored(stack, path, directory)) continue;
      if (directory) folders.push(walk(path, stack));
      else paths.push(slashRelative(root, path));
    }
    await Promise.all(folders);
  };
  await walk(root, []);
  return { paths: paths.sort(), complete };
}
