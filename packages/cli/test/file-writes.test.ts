import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { appendFile, chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FileError } from '../src/files/file-problem.ts';
import { readSnapshot } from '../src/files/read-snapshot.ts';
import { replaceIfUnchanged } from '../src/files/replace-if-unchanged.ts';
import { writeNewFile } from '../src/files/write-new-file.ts';
import { tempFolder } from './support/temp-folder.ts';

/** The problem a promise rejects with. */
async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileError) return error.problem;
    throw error;
  }
  return undefined;
}

test('replaceIfUnchanged replaces a file read before, atomically, with its permissions', async () => {
  const folder = await tempFolder();
  const path = join(folder, 'spec.md');
  await writeFile(path, 'old\r\n');
  await chmod(path, 0o600);
  const snapshot = await readSnapshot(path);
  expect(snapshot.bytes.toString()).toBe('old\r\n');
  await replaceIfUnchanged(snapshot, 'new\r\n');
  expect(await readFile(path, 'utf8')).toBe('new\r\n');
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(readdirSync(folder)).toEqual(['spec.md']);
});

test('a file that changed after it was read is left as it is, appended lines included', async () => {
  const folder = await tempFolder();
  const path = join(folder, 'spec.md');
  await writeFile(path, 'line 1\n');
  const snapshot = await readSnapshot(path);
  await appendFile(path, 'line 2\n');
  expect(await problemOf(replaceIfUnchanged(snapshot, 'fixed\n'))).toEqual({ code: 'changed', params: {} });
  expect(await readFile(path, 'utf8')).toBe('line 1\nline 2\n');
  // Same length, same time: only the bytes tell.
  await writeFile(path, 'line 1\n');
  const again = await readSnapshot(path);
  await writeFile(path, 'line X\n');
  expect(await problemOf(replaceIfUnchanged(again, 'fixed\n'))).toEqual({ code: 'changed', params: {} });
  await rm(path);
  expect(await problemOf(replaceIfUnchanged(again, 'fixed\n'))).toEqual({ code: 'changed', params: {} });
  expect(readdirSync(folder)).toEqual([]);
});

test('readSnapshot refuses a named pipe at once, and a folder', async () => {
  const folder = await tempFolder();
  execFileSync('mkfifo', [join(folder, 'pipe.md')]);
  await mkdir(join(folder, 'dir.md'));
  expect(await problemOf(readSnapshot(join(folder, 'pipe.md')))).toEqual({ code: 'not-a-file', params: { kind: 'named pipe' } });
  expect(await problemOf(readSnapshot(join(folder, 'dir.md')))).toEqual({ code: 'not-a-file', params: { kind: 'folder' } });
  expect(await problemOf(readSnapshot(join(folder, 'none.md')))).toEqual({ code: 'unreadable', params: { reason: 'no such file (ENOENT)' } });
});

test('writeNewFile writes a whole new file and never over an existing one', async () => {
  const folder = await tempFolder();
  const path = join(folder, 'new.md');
  await writeNewFile(path, 'first\n');
  expect(await readFile(path, 'utf8')).toBe('first\n');
  await expect(writeNewFile(path, 'second\n')).rejects.toMatchObject({ code: 'EEXIST' });
  expect(await readFile(path, 'utf8')).toBe('first\n');
  expect(readdirSync(folder)).toEqual(['new.md']);
});
