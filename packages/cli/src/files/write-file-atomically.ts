import { realpath, rename, stat, unlink } from 'node:fs/promises';
import { writeTemporary } from './temporary-file.ts';

/**
 * Write a file atomically, whatever it holds now (a cache): the bytes go to a temporary file
 * beside it, renamed over it. An existing file keeps its permissions.
 *
 * @param path The file.
 * @param bytes Its new content (a string is written as UTF-8).
 * @throws {NodeJS.ErrnoException} Why it cannot be written.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const mode = await stat(target).then(
    (stats) => stats.mode & 0o7777,
    () => undefined,
  );
  const temporary = await writeTemporary(target, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, mode ?? 0o666, mode !== undefined);
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
