import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { FileError, errorReason } from './file-problem.ts';

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

/** How {@link readSnapshot} reads. */
export interface SnapshotOptions {
  /** Refuse a file larger than this many bytes, before and while reading it (default: no limit). */
  maxBytes?: number;
  /** Refuse a symbolic link rather than follow it (`ELOOP`) (default: `false`). */
  noFollow?: boolean;
}

/**
 * Read a file whole, refusing what is not a regular file (a named pipe, a socket, a device, a
 * folder) without waiting on it, and, when asked, a file over a size (checked before reading, and
 * again while reading, in case it grew) or a symbolic link.
 *
 * @param path The file.
 * @param options Size limit and links (default: `{}`: any size, links followed).
 * @returns Its bytes and mode.
 * @throws {FileError} `not-a-file`, `too-large`, or `unreadable` with the system's reason (its
 *   cause the system error: `ELOOP` for a link refused).
 */
export async function readSnapshot(path: FilePath, options: SnapshotOptions = {}): Promise<FileSnapshot> {
  const { maxBytes, noFollow = false } = options;
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, readFlags | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
    const stats = await handle.stat();
    const kind = specialKind(stats);
    if (kind !== undefined) throw new FileError({ code: 'not-a-file', params: { kind } });
    const mode = stats.mode & 0o7777;
    if (maxBytes === undefined) return { path, bytes: await handle.readFile(), mode };
    if (stats.size > maxBytes) throw new FileError({ code: 'too-large', params: { bytes: stats.size, limit: maxBytes } });
    // One byte more than allowed is read, in case the file grew since `stat`.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new FileError({ code: 'too-large', params: { bytes: length, limit: maxBytes } });
    }
    return { path, bytes: buffer.subarray(0, length), mode };
  } catch (error) {
    if (error instanceof FileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new FileError({ code: 'not-a-file', params: { kind: 'folder' } });
    throw new FileError({ code: 'unreadable', params: { reason: errorReason(error) } }, error);
  } finally {
    await handle?.close();
  }
}
