import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { commandOutput, runCommand } from './run-command.ts';

/** An unpacked tarball. */
export interface TarballContents {
  /** The unpacked `package/` folder, absolute. */
  dir: string;
  /** Every file in it, relative, with `/` separators, sorted. */
  files: string[];
}

/** Every file under a folder, relative to it. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else files.push(relative);
  }
  return files;
}

/**
 * Unpack an npm tarball with the system's `tar` and list what it holds.
 *
 * @param tarball The `.tgz` file.
 * @param destination An empty folder to unpack into; created.
 * @returns The `package/` folder and its files.
 */
export async function unpackTarball(tarball: string, destination: string): Promise<TarballContents> {
  await mkdir(destination, { recursive: true });
  const result = await runCommand('tar', ['-xzf', tarball, '-C', destination]);
  if (result.code !== 0) throw new Error(`tar could not unpack ${tarball}:\n${commandOutput(result)}`);
  const dir = path.join(destination, 'package');
  return { dir, files: (await listFiles(dir)).sort() };
}
