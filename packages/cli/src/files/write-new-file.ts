import { link, open, unlink } from 'node:fs/promises';
import type { FilePath } from './read-snapshot.ts';
import { writeTemporary } from './temporary-file.ts';

/**
 * Write a new file, never over an existing one (not even one created meanwhile): the bytes go to
 * a temporary file beside it, which is then linked to its name — which fails if the name exists —
 * so that the file appears whole or not at all. Where the file system has no hard links, the file
 * is created exclusively and written.
 *
 * @param path The new file.
 * @param bytes Its content (a string is written as UTF-8).
 * @param mode Its permissions, less the umask (default: `0o666`).
 * @throws {NodeJS.ErrnoException} `EEXIST` when the file exists, or why it cannot be written.
 */
export async function writeNewFile(path: FilePath, bytes: Uint8Array | string, mode = 0o666): Promise<void> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const temporary = await writeTemporary(path, data, mode, false);
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    // No hard links here: create the file exclusively instead.
    const handle = await open(path, 'wx', mode);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
