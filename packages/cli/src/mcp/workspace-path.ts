import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FileError, systemCode, type FileProblem } from '../files/file-problem.ts';
import { readSnapshot } from '../files/read-snapshot.ts';
import { decodeUtf8 } from '../files/utf8-text.ts';
import { limits } from './mcp-limits.ts';
import { ToolError } from './tool-problem.ts';

/** A path inside the workspace. */
export interface WorkspacePath {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the workspace root, with `/` (as `specmark check` prints it). */
  relative: string;
}

/**
 * A spec file read from the workspace, decoded as `specmark check` decodes it: its exact text
 * (a BOM kept), or, for bytes that are not UTF-8, the problem that names the first of them.
 */
export type WorkspaceFile = WorkspacePath & ({ text: string; problem?: undefined } | { text?: undefined; problem: FileProblem });

const markdown = /\.mdx?$/i;

/** Whether `path` is `root` or inside it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

/**
 * Resolve a path a client gave against the workspace root, without touching the disk: relative
 * paths are relative to the root; the result must be a `.md` or `.mdx` file inside it.
 *
 * @param root The workspace root, absolute and without symbolic links (a `realpath`).
 * @param given The path as the client sent it.
 * @returns The absolute path and its path relative to the root.
 * @throws {ToolError} For an empty path, the root itself, a path outside the root, or one that is not Markdown.
 */
export function resolveWorkspacePath(root: string, given: string): WorkspacePath {
  if (given === '' || given.includes('\0')) throw new ToolError(given === '' ? { code: 'path-empty', params: {} } : { code: 'path-missing', params: { path: given } });
  const absolute = resolve(root, given);
  // The root itself is inside the workspace, and a folder.
  if (absolute === root) throw new ToolError({ code: 'path-not-file', params: { path: given } });
  if (!isInside(root, absolute)) throw new ToolError({ code: 'path-outside', params: { path: given } });
  if (!markdown.test(absolute)) throw new ToolError({ code: 'path-extension', params: { path: given } });
  return { absolute, relative: relative(root, absolute).split(sep).join('/') };
}

/**
 * Read a spec file of the workspace, refusing what a tool must not read: a path outside the root,
 * a symbolic link that leads out of it (its target checked with `realpath`), anything but a
 * `.md`/`.mdx` regular file, and files over the size limit (2 MB). It reads with `readSnapshot`, as
 * `specmark check` and `fix` read files, links refused and the size bounded.
 *
 * @param root The workspace root, absolute and without symbolic links.
 * @param given The path as the client sent it.
 * @returns The file's paths and content (or why its bytes are not text).
 * @throws {ToolError} When the path is refused or the file cannot be read.
 */
export async function readWorkspaceFile(root: string, given: string): Promise<WorkspaceFile> {
  const path = resolveWorkspacePath(root, given);
  let real: string;
  try {
    real = await realpath(path.absolute);
  } catch (error) {
    if (systemCode(error) === 'ELOOP') throw new ToolError({ code: 'path-symlink-outside', params: { path: given } });
    throw new ToolError({ code: 'path-missing', params: { path: given } });
  }
  if (!isInside(root, real)) throw new ToolError({ code: 'path-symlink-outside', params: { path: given } });
  if (!markdown.test(real)) throw new ToolError({ code: 'path-extension', params: { path: given } });
  // No following a link swapped in since `realpath`, and no waiting on a FIFO.
  try {
    const { bytes } = await readSnapshot(real, { maxBytes: limits.fileBytes, noFollow: true });
    return { ...path, ...decodeUtf8(bytes) };
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    const { problem } = error;
    if (problem.code === 'not-a-file') throw new ToolError({ code: 'path-not-file', params: { path: given } });
    if (problem.code === 'too-large') throw new ToolError({ code: 'file-too-large', params: { path: given, bytes: problem.params.bytes } });
    throw new ToolError(systemCode(error) === 'ELOOP' ? { code: 'path-symlink-outside', params: { path: given } } : { code: 'path-missing', params: { path: given } });
  }
}

/**
 * Check that a new spec file may be created at a path: inside the root, Markdown, not existing
 * (not even as a dangling link), and its nearest existing folder inside the root once symbolic
 * links are followed.
 *
 * @param root The workspace root, absolute and without symbolic links.
 * @param given The path as the client sent it.
 * @returns The file's paths.
 * @throws {ToolError} When the path is refused.
 */
export async function newWorkspaceFile(root: string, given: string): Promise<WorkspacePath> {
  const path = resolveWorkspacePath(root, given);
  try {
    await lstat(path.absolute);
    throw new ToolError({ code: 'file-exists', params: { path: given } });
  } catch (error) {
    if (error instanceof ToolError) throw error;
    if (systemCode(error) === 'ENOTDIR') throw new ToolError({ code: 'path-not-file', params: { path: given } });
  }
  let folder = dirname(path.absolute);
  for (;;) {
    try {
      const real = await realpath(folder);
      if (!isInside(root, real)) throw new ToolError({ code: 'path-symlink-outside', params: { path: given } });
      if (!(await lstat(real)).isDirectory()) throw new ToolError({ code: 'path-not-file', params: { path: given } });
      return path;
    } catch (error) {
      if (error instanceof ToolError) throw error;
      if (systemCode(error) === 'ELOOP') throw new ToolError({ code: 'path-symlink-outside', params: { path: given } });
      if (systemCode(error) !== 'ENOENT' || folder === root) throw new ToolError({ code: 'path-not-file', params: { path: given } });
      // A folder that is there but cannot be resolved is a link to nowhere: creating through it could leave the root.
      if (await lstat(folder).then(() => true, () => false)) throw new ToolError({ code: 'path-symlink-outside', params: { path: given } });
      folder = dirname(folder);
    }
  }
}
