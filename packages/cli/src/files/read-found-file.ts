import { FileError, type FileProblem } from './file-problem.ts';
import type { FoundFile } from './find-files.ts';
import { readSnapshot, type FileSnapshot } from './read-snapshot.ts';
import { decodeUtf8 } from './utf8-text.ts';

/** A found file as read by `specmark check` and `specmark fix`. */
export interface ReadFoundFile {
  /** The file's bytes as read, when it could be read (what `fix` replaces them against). */
  snapshot?: FileSnapshot;
  /** The text, when the file is UTF-8. */
  text?: string;
  /** The text that tells whether the file is a spec (lossy when the file is not UTF-8; none when unread). */
  sniffed?: string;
  /** Why the file cannot be checked or fixed: it could not be searched or read, or it is not UTF-8. */
  problem?: FileProblem;
}

/**
 * Read a found file: its bytes (refusing what is not a regular file without waiting on it), its
 * text when it is UTF-8, else the problem that names its first invalid byte.
 *
 * @param file The file, as found.
 * @returns What was read, and the problem when it cannot be used.
 */
export async function readFoundFile(file: FoundFile): Promise<ReadFoundFile> {
  if (file.problem) return { problem: file.problem };
  let snapshot: FileSnapshot;
  try {
    snapshot = await readSnapshot(file.raw ?? file.path);
  } catch (error) {
    if (error instanceof FileError) return { problem: error.problem };
    throw error;
  }
  const decoded = decodeUtf8(snapshot.bytes);
  return decoded.problem ? { snapshot, sniffed: snapshot.bytes.toString('utf8'), problem: decoded.problem } : { snapshot, text: decoded.text, sniffed: decoded.text };
}
