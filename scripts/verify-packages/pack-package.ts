import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { commandOutput, runCommand } from './run-command.ts';
import { repoRoot, type WorkspacePackage } from './workspace-packages.ts';

/**
 * Pack one workspace package with npm, the way `npm publish` would: its `prepack` script builds it
 * first (`tsc -b`, and for the schema package the generated schema.json).
 *
 * @param pkg The package.
 * @param destination A folder for the tarball; created, and must hold no other tarball.
 * @returns The tarball's absolute path.
 */
export async function packPackage(pkg: WorkspacePackage, destination: string): Promise<string> {
  await mkdir(destination, { recursive: true });
  const result = await runCommand('npm', ['pack', '--workspace', pkg.manifest.name, '--pack-destination', destination], { cwd: repoRoot });
  if (result.code !== 0) throw new Error(`npm pack ${pkg.manifest.name} exited with ${result.code}:\n${commandOutput(result)}`);
  const tarballs = (await readdir(destination)).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`Expected one tarball in ${destination}, found ${tarballs.length}`);
  return path.join(destination, tarballs[0]!);
}
