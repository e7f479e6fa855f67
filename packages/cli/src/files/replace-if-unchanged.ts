import { constants } from 'node:fs';
import { access, realpath, rename, unlink } from 'node:fs/promises';
import { FileError, errorReason, systemCode } from './file-problem.ts';
import { readSnapshot, type FilePath, type FileSnapshot } from './read-snapshot.ts';
import { writeTemporary } from './temporary-file.ts';

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
