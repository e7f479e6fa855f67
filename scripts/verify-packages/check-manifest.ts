import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportTargets, filesOfTarget, isPublishedTarget } from './export-targets.ts';
import type { TarballContents } from './tarball-contents.ts';
import type { Manifest } from './workspace-packages.ts';

/** What the published manifest is compared with. */
export interface ManifestExpectations {
  /** The licence of the repository (root package.json). */
  license: string;
  /** The Node.js range of the repository (root package.json `engines.node`). */
  node: string;
  /** The version of every workspace package, by name, for internal dependency ranges. */
  versions: ReadonlyMap<string, string>;
}

/** Problems in the `exports` map: missing targets, condition order, CommonJS entries. */
function exportProblems(manifest: Manifest, files: readonly string[]): string[] {
  const problems: string[] = [];
  if (!manifest.exports || typeof manifest.exports !== 'object') return ['no `exports` map'];
  const targets = exportTargets(manifest.exports);
  const subpaths = new Set(targets.map((target) => target.subpath));
  if (!subpaths.has('.')) problems.push('`exports` has no `.` entry');
  if (!subpaths.has('./package.json')) problems.push('`exports` does not expose `./package.json`');
  for (const target of targets.filter(isPublishedTarget)) {
    const where = `exports[${JSON.stringify(target.subpath)}]${target.conditions.map((condition) => `[${JSON.stringify(condition)}]`).join('')}`;
    if (filesOfTarget(target.target, files).length === 0) problems.push(`${where} is ${target.target}, which is not in the tarball`);
    if (target.conditions.includes('require')) problems.push(`${where}: a \`require\` condition in an ESM-only package`);
    if (target.conditions.includes('types') && !/\.d\.ts$|\*$/.test(target.target)) problems.push(`${where} is not a declaration file`);
  }
  for (const [subpath, value] of Object.entries(manifest.exports as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const conditions = Object.keys(value).filter((condition) => !condition.startsWith('@specmark/'));
    const isCode = conditions.includes('default') && conditions.includes('types');
    if (isCode && conditions[0] !== 'types') problems.push(`exports[${JSON.stringify(subpath)}]: \`types\` must come first`);
    if (conditions.includes('default') && conditions.at(-1) !== 'default') problems.push(`exports[${JSON.stringify(subpath)}]: \`default\` must come last`);
    if (conditions.includes('default') && !conditions.includes('types')) problems.push(`exports[${JSON.stringify(subpath)}] has code but no \`types\``);
  }
  return problems;
}

/**
 * Check the published package.json: licence (and a LICENSE file saying so), `type: module`,
 * `sideEffects: false`, the repository's `engines.node`, `types` and `exports` pointing at files
 * in the tarball with `types` first and `default` last, executable-looking `bin` files, public
 * access for scoped names, and internal dependency ranges that accept the versions released
 * together.
 *
 * @param contents The unpacked tarball (its package.json is the one read).
 * @param expected What the repository declares.
 * @returns The problems found; empty when the manifest is right.
 */
export async function checkManifest(contents: TarballContents, expected: ManifestExpectations): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(contents.dir, 'package.json'), 'utf8')) as Manifest;
  const { files } = contents;
  const problems: string[] = [];
  if (manifest.private) problems.push('marked `private`');
  if (manifest.license !== expected.license) problems.push(`license is ${JSON.stringify(manifest.license)}, expected ${JSON.stringify(expected.license)}`);
  if (files.includes('LICENSE')) {
    const text = await readFile(path.join(contents.dir, 'LICENSE'), 'utf8');
    if (!text.includes(`${expected.license} License`)) problems.push(`LICENSE is not the ${expected.license} licence`);
  }
  if (manifest.type !== 'module') problems.push(`type is ${JSON.stringify(manifest.type)}, expected "module"`);
  if (manifest.sideEffects !== false) problems.push(`sideEffects is ${JSON.stringify(manifest.sideEffects)}, expected false`);
  if (manifest.engines?.node !== expected.node) problems.push(`engines.node is ${JSON.stringify(manifest.engines?.node)}, expected ${JSON.stringify(expected.node)}`);
  if (!manifest.files?.length) problems.push('no `files` list');
  if (!manifest.types) problems.push('no `types`');
  else if (!files.includes(manifest.types.replace(/^\.\//, ''))) problems.push(`types is ${manifest.types}, which is not in the tarball`);
  else {
    const rootTypes = exportTargets(manifest.exports).find((target) => target.subpath === '.' && target.conditions.at(-1) === 'types' && isPublishedTarget(target));
    if (rootTypes?.target !== manifest.types) problems.push(`types is ${manifest.types} but exports["."].types is ${rootTypes?.target}`);
  }
  problems.push(...exportProblems(manifest, files));
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [name, target] of Object.entries(bins)) {
    const file = target.replace(/^\.\//, '');
    if (!files.includes(file)) problems.push(`bin ${name} is ${target}, which is not in the tarball`);
    else if (!(await readFile(path.join(contents.dir, file), 'utf8')).startsWith('#!/usr/bin/env node\n')) problems.push(`bin ${name} (${target}) does not start with #!/usr/bin/env node`);
  }
  if (manifest.name.startsWith('@') && manifest.publishConfig?.access !== 'public') problems.push('scoped package without publishConfig.access "public"');
  for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    const version = expected.versions.get(name);
    if (version && range !== `^${version}`) problems.push(`depends on ${name}@${range}, expected ^${version} (the version released with it)`);
  }
  return problems;
}
