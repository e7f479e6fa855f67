import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The names of a Specmark configuration file, in the order they are looked for. */
export const specmarkConfigFiles = ['specmark.config.js', 'specmark.config.mjs', 'specmark.config.json'] as const;

/**
 * The nearest folder, from a start folder up, that holds an entry with one of the names.
 *
 * @param start Absolute path of the folder to start in.
 * @param names Names of files or folders to look for.
 * @returns The folder's absolute path, or `undefined` when no folder up to the file system's root has one.
 */
export function nearestFolderWith(start: string, names: readonly string[]): string | undefined {
  let folder = start;
  for (;;) {
    if (names.some((name) => existsSync(join(folder, name)))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * The root of the repository a folder is in: the nearest folder with `.git` (a folder, or the file
 * of a worktree), or else the nearest one with a Specmark configuration file.
 *
 * @param start Absolute path of a folder.
 * @returns The root's absolute path, or `undefined` when there is none.
 */
export function repositoryRoot(start: string): string | undefined {
  return nearestFolderWith(start, ['.git']) ?? nearestFolderWith(start, specmarkConfigFiles);
}
