import { readFileSync, statSync } from 'node:fs';
import type { DescriptionFile } from '@specmark/api-description/node';

/** Whether a value read from the cache is a file a description was read from. */
export function isDescriptionFile(value: unknown): value is DescriptionFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return typeof file.path === 'string' && (file.hash === null || typeof file.hash === 'string') && typeof file.size === 'number' && typeof file.mtimeMs === 'number';
}

/**
 * Tells whether the files API descriptions were read from still hold what they held: by size and
 * modification time first, then, when those differ, by the SHA-256 of the bytes. Each file is
 * looked at once per checker (many specs name the same description).
 *
 * @returns The check: whether every file of a list is unchanged.
 */
export function descriptionFilesChecker(): (files: readonly DescriptionFile[]) => boolean {
  const verdicts = new Map<string, boolean>();
  const unchanged = (file: DescriptionFile): boolean => {
    const key = `${file.path}\n${file.hash}\n${file.size}\n${file.mtimeMs}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = compare(file);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  return (files) => files.every(unchanged);
}

/** Whether one file holds what it held. */
function compare(file: DescriptionFile): boolean {
  let size = -1;
  let mtimeMs = -1;
  try {
    ({ size, mtimeMs } = statSync(file.path));
  } catch {
    // Missing now: unchanged only when it was missing then.
    return file.hash === null;
  }
  if (file.hash === null) return false;
  if (size === file.size && mtimeMs === file.mtimeMs) return true;
  try {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(readFileSync(file.path)).digest('hex') === file.hash;
  } catch {
    return false;
  }
}
