import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A package path's package name and the file inside it: `@octokit/openapi/generated/x.json`. */
export interface PackagePath {
  /** The package's name (`@octokit/openapi`). */
  name: string;
  /** The path inside the package (`generated/x.json`; `''` for the package itself). */
  file: string;
}

/**
 * Splits a package path into the package's name and the file inside it.
 *
 * @param reference What the spec writes (`@octokit/openapi/generated/api.github.com.json`).
 * @returns The parts, or `undefined` when it is not a package path.
 */
export function packagePath(reference: string): PackagePath | undefined {
  const parts = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/(.*))?$/i.exec(reference);
  if (!parts || reference.startsWith('.')) return undefined;
  return { name: parts[1]!, file: parts[2] ?? '' };
}

/**
 * Finds a file of an installed package the way Node finds packages: in `node_modules` of the
 * folder and of each folder above it. A package's `exports` do not hide its files here: a
 * description is data, not a module.
 *
 * @param from The folder to start from (the spec's).
 * @param path The package and the file inside it.
 * @returns The file's path, or `undefined` when the package is not installed there.
 */
export function findPackageFile(from: string, path: PackagePath): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const root = join(folder, 'node_modules', path.name);
    if (existsSync(join(root, 'package.json')) || existsSync(root)) return join(root, path.file);
    if (dirname(folder) === folder) return undefined;
  }
}
