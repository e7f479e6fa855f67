import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorReason, FileError } from '../files/file-problem.ts';
import { replaceIfUnchanged } from '../files/replace-if-unchanged.ts';
import { writeNewFile } from '../files/write-new-file.ts';
import { ToolError } from './tool-problem.ts';

/**
 * Write a spec file for an MCP tool; every file the tools write goes through here, and through the
 * helpers `specmark new` and `specmark fix` use:
 *
 * - a new file (`expected` unset) is created, with its folders, and never replaces anything, not
 *   even a file created meanwhile (`writeNewFile`);
 * - an existing file (`expected` set) is replaced only if its bytes are still those of `expected`,
 *   and atomically, with its permissions (`replaceIfUnchanged`).
 *
 * @param path Absolute path, already checked to be inside the workspace.
 * @param text The content to write.
 * @param shown The path as the client gave it, for messages.
 * @param expected The content the file must still have (default: none, a new file).
 * @throws {ToolError} When the file exists (new file), changed since it was read, or cannot be written.
 */
export async function writeSpec(path: string, text: string, shown: string, expected?: string): Promise<void> {
  try {
    if (expected === undefined) {
      await mkdir(dirname(path), { recursive: true });
      await writeNewFile(path, text);
      return;
    }
    await replaceIfUnchanged({ path, bytes: Buffer.from(expected, 'utf8'), mode: (await stat(path)).mode & 0o7777 }, text);
  } catch (error) {
    if (error instanceof FileError && error.problem.code === 'changed') throw new ToolError({ code: 'file-changed', params: { path: shown } });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ToolError({ code: 'file-exists', params: { path: shown } });
    throw new ToolError({ code: 'file-write', params: { path: shown, reason: error instanceof FileError && 'reason' in error.problem.params ? error.problem.params.reason : errorReason(error) } });
  }
}
