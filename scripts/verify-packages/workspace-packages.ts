import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A package.json, as far as these checks read it. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  type?: string;
  sideEffects?: boolean | string[];
  engines?: Record<string, string>;
  types?: string;
  main?: string;
  bin?: string | Record<string, string>;
  files?: string[];
  exports?: unknown;
  imports?: unknown;
  publishConfig?: Record<string, unknown>;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/** A publishable package of the workspace. */
export interface WorkspacePackage {
  /** Its folder, absolute. */
  dir: string;
  /** Its package.json. */
  manifest: Manifest;
}

/** The monorepo root: two folders up from this file. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Read a package.json.
 *
 * @param dir The folder holding it.
 * @returns Its content.
 */
export async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * The packages this repository publishes: every workspace (`packages/*` in the root package.json)
 * that is not private, in the order of the workspace folders.
 *
 * @returns The packages with their manifests.
 */
export async function workspacePackages(): Promise<WorkspacePackage[]> {
  const root = await readManifest(repoRoot);
  const dirs: string[] = [];
  for (const pattern of root.workspaces ?? []) {
    for await (const entry of glob(path.join(pattern, 'package.json'), { cwd: repoRoot })) dirs.push(path.join(repoRoot, path.dirname(entry)));
  }
  dirs.sort();
  const packages: WorkspacePackage[] = [];
  for (const dir of dirs) {
    const manifest = await readManifest(dir);
    if (!manifest.private) packages.push({ dir, manifest });
  }
  return packages;
}
