import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { nearestFolderWith } from './repository-root.ts';

/** The `.gitignore` rules in force in a folder: those of the folder and of every folder above it in the repository. */
export type GitignoreStack = readonly { base: string; rules: Ignore }[];

/**
 * Read a folder's `.gitignore`, if any, onto a stack.
 *
 * @param stack The rules of the folders above.
 * @param folder Absolute path of the folder.
 * @returns The stack for the folder (the same one when it has no `.gitignore`).
 */
export async function withGitignore(stack: GitignoreStack, folder: string): Promise<GitignoreStack> {
  let text: string;
  try {
    text = await readFile(join(folder, '.gitignore'), 'utf8');
  } catch {
    return stack;
  }
  return [...stack, { base: folder, rules: ignore().add(text) }];
}

/**
 * The rules in force at the start of a walk: the `.gitignore` files of the folders between the
 * repository's root (the nearest folder with `.git`) and the start folder, the start folder excluded.
 *
 * @param start Absolute path of the folder the walk starts in.
 * @returns The stack.
 */
export async function ancestorGitignores(start: string): Promise<GitignoreStack> {
  const root = nearestFolderWith(start, ['.git']);
  if (root === undefined) return [];
  const above: string[] = [];
  for (let folder = start; folder !== root; ) {
    folder = dirname(folder);
    above.unshift(folder);
  }
  let stack: GitignoreStack = [];
  for (const each of above) stack = await withGitignore(stack, each);
  return stack;
}

/**
 * Tell whether a path is ignored by the rules in force.
 *
 * @param stack The rules.
 * @param path Absolute path.
 * @param directory Whether the path is a folder.
 * @returns `true` when some `.gitignore` excludes it.
 */
export function isGitignored(stack: GitignoreStack, path: string, directory: boolean): boolean {
  for (const { base, rules } of stack) {
    const local = slashRelative(base, path);
    if (local === '' || local.startsWith('..')) continue;
    if (rules.ignores(directory ? local + '/' : local)) return true;
  }
  return false;
}

/** A `.` or `..` segment or an empty one (a separator first, last or doubled): a rest `path.relative` would resolve. */
const unresolved = sep === '/' ? /(?:^|\/)\.{0,2}(?:\/|$)/ : /(?:^|[\\/])\.{0,2}(?:[\\/]|$)/;

/**
 * A path relative to a folder, `/`-separated, as `path.relative` gives it. A path under the folder
 * whose rest needs no resolving (the walks build them so) is cut out of it without resolving either.
 *
 * @param folder Absolute path of the folder.
 * @param path Absolute path.
 * @returns The relative path (`''` for the folder itself).
 */
export function slashRelative(folder: string, path: string): string {
  const under = path.length > folder.length + 1 && path[folder.length] === sep && !folder.endsWith(sep) && path.startsWith(folder);
  const rest = under ? path.slice(folder.length + 1) : undefined;
  const local = rest !== undefined && !unresolved.test(rest) ? rest : relative(folder, path);
  return sep === '/' ? local : local.split(sep).join('/');
}
