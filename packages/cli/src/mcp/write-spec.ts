import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ToolError } from './tool-problem.ts';

/**
 * Write a spec file for an MCP tool; every file the tools write goes through here.
 *
 * - A new file (`expected` unset) is created, with its folders, and never replaces anything
 *   (`wx`: an existing file or link makes the call fail).
 * - An existing file (`expected` set) is replaced only if its content is still `expected`, and
 *   atomically: the text is written beside it (with the file's permissions), then renamed over
 *   it, so no reader ever sees half a file.
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
      await writeFile(path, text, { flag: 'wx' });
      return;
    }
    const beside = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(beside, text, { flag: 'wx' });
    try {
      await chmod(beside, (await stat(path)).mode & 0o7777);
      if ((await readFile(path, 'utf8')) !== expected) throw new ToolError({ code: 'file-changed', params: { path: shown } });
      await rename(beside, path);
    } finally {
      await rm(beside, { force: true });
    }
  } catch (error) {
    if (error instanceof ToolError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ToolError({ code: 'file-exists', params: { path: shown } });
    throw new ToolError({ code: 'file-write', params: { path: shown, reason: code ?? 'unknown error' } });
  }
}
