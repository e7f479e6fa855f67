import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

/** Find where Node would resolve `name` from the package at `path` in the lockfile's tree. */
function resolves(packages: Record<string, LockEntry>, path: string, name: string): boolean {
  let base = path;
  for (;;) {
    if (`${base === '' ? '' : base + '/'}node_modules/${name}` in packages) return true;
    if (base === '') return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

test('every optional platform package is in the lockfile, so `npm ci` works on macOS, Windows and Linux alike', async () => {
  const lock = JSON.parse(await readFile(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };
  const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolves(lock.packages, path, name))
      .map((name) => `${path || '(root)'} → ${name}`),
  );
  expect(missing).toEqual([]);
});
