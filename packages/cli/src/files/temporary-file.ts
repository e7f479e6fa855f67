import { open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FilePath } from './read-snapshot.ts';

/** Join a folder and a file name, either of which may be bytes. */
function beside(path: FilePath, name: string): FilePath {
  if (typeof path === 'string') return join(dirname(path), name);
  const slash = path.lastIndexOf(0x2f);
  return Buffer.concat([path.subarray(0, slash + 1), Buffer.from(name)]);
}

/**
 * A temporary name beside a file: hidden, unique, never an existing file. `node:crypto` is loaded
 * on first use: a run that writes nothing starts without it.
 */
function temporaryName(path: FilePath): FilePath {
  const base = typeof path === 'string' ? basename(path) : 'file';
  const unique = process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex');
  return beside(path, `.${base.slice(0, 64)}.${unique}.specmark-tmp`);
}

/**
 * Write bytes to a new temporary file beside `path`, flushed to disk: hidden, uniquely named, never
 * an existing file, removed again when writing fails. Its permissions are `mode` less the umask, as
 * for any new file, or exactly `mode` when `exact` (a replacement keeps the original's).
 *
 * @param path The file it stands in for.
 * @param bytes Its content.
 * @param mode Its permissions.
 * @param exact Whether the permissions are exactly `mode` (not less the umask).
 * @returns The temporary file's path, for the caller to rename or link, or remove.
 * @throws {NodeJS.ErrnoException} Why it cannot be written.
 */
export async function writeTemporary(path: FilePath, bytes: Uint8Array, mode: number, exact: boolean): Promise<FilePath> {
  const temporary = temporaryName(path);
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.writeFile(bytes);
    if (exact) await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temporary;
}
