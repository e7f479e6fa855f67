import { constants, type Stats } from 'node:fs';
import { access, link, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError, errorReason, systemCode } from './file-problem.ts';

/** A path as `fs` takes it: text, or the bytes of a name that is not UTF-8. */
export type FilePath = string | Buffer;

/** A file's bytes as read, to replace it later only if it is still the same. */
export interface FileSnapshot {
  /** The path it was read from. */
  path: FilePath;
  /** Its bytes. */
  bytes: Buffer;
  /** Its permission bits, for the file that replaces it. */
  mode: number;
}

/** Opening a file never blocks: a named pipe opens at once, and is then refused. */
const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * What a file is, when it is not a regular file.
 *
 * @param stats The file's stats.
 * @returns `folder`, `named pipe`, `socket`, `device`, or `undefined` for a regular file.
 */
export function specialKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  return 'device';
}

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
 * Read a file whole, refusing what is not a regular file (a named pipe, a socket, a device, a
 * folder) without waiting on it.
 *
 * @param path The file.
 * @returns Its bytes and mode.
 * @throws {FileError} `not-a-file`, or `unreadable` with the system's reason.
 */
export async function readSnapshot(path: FilePath): Promise<FileSnapshot> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, readFlags);
    const stats = await handle.stat();
    const kind = specialKind(stats);
    if (kind !== undefined) throw new FileError({ code: 'not-a-file', params: { kind } });
    return { path, bytes: await handle.readFile(), mode: stats.mode & 0o7777 };
  } catch (error) {
    if (error instanceof FileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new FileError({ code: 'not-a-file', params: { kind: 'folder' } });
    throw new FileError({ code: 'unreadable', params: { reason: errorReason(error) } }, error);
  } finally {
    await handle?.close();
  }
}

/**
 * Write bytes to a new temporary file beside `path`, flushed to disk. Its permissions are `mode`
 * less the umask, as for any new file, or exactly `mode` when `exact` (a replacement keeps the
 * original's).
 */
async function writeTemporary(path: FilePath, bytes: Uint8Array, mode: number, exact: boolean): Promise<FilePath> {
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

/**
 * Replace a file with new bytes, only if it still has the bytes it had when it was read, and
 * atomically: the new bytes go to a temporary file beside it (same permissions), which is then
 * renamed over it, so that the file is never half-written and a reader sees the old or the new
 * bytes. A symbolic link is followed: the file it points to is replaced. A file that may not be
 * written (no write permission) is left alone.
 *
 * @param snapshot The file as it was read ({@link readSnapshot}).
 * @param bytes The new content (a string is written as UTF-8).
 * @throws {FileError} `changed` when the file changed since it was read (it is left as it is),
 *   `unwritable` when it may not or cannot be written, or what {@link readSnapshot} throws.
 */
export async function replaceIfUnchanged(snapshot: FileSnapshot, bytes: Uint8Array | string): Promise<void> {
  let target: FilePath;
  try {
    target = typeof snapshot.path === 'string' ? await realpath(snapshot.path) : await realpath(snapshot.path, 'buffer');
    await access(target, constants.W_OK);
  } catch (error) {
    // A file removed since it was read has changed.
    if (systemCode(error) === 'ENOENT') throw new FileError({ code: 'changed', params: {} });
    throw new FileError({ code: 'unwritable', params: { reason: errorReason(error) } }, error);
  }
  let temporary: FilePath;
  try {
    temporary = await writeTemporary(target, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, snapshot.mode, true);
  } catch (error) {
    throw new FileError({ code: 'unwritable', params: { reason: errorReason(error) } }, error);
  }
  try {
    const now = await readSnapshot(target).catch((error: unknown) => {
      // A file removed or replaced by something else meanwhile has changed too.
      if (systemCode(error) === 'ENOENT' || (error instanceof FileError && error.problem.code === 'not-a-file')) return undefined;
      throw error;
    });
    if (!now?.bytes.equals(snapshot.bytes)) throw new FileError({ code: 'changed', params: {} });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof FileError) throw error;
    throw new FileError({ code: 'unwritable', params: { reason: errorReason(error) } }, error);
  }
}

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
