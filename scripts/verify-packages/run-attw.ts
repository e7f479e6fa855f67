import { commandOutput, runCommand } from './run-command.ts';
import { exportTargets, filesOfTarget, isPublishedTarget } from './export-targets.ts';
import type { TarballContents } from './tarball-contents.ts';
import type { Manifest } from './workspace-packages.ts';

/**
 * The entry points behind `*` exports that resolve to code, such as `./rules/no-secrets`: attw
 * does not expand patterns by itself, so each one is named.
 */
function patternEntrypoints(manifest: Manifest, contents: TarballContents): string[] {
  const entrypoints = new Set<string>();
  for (const target of exportTargets(manifest.exports).filter(isPublishedTarget)) {
    if (!target.subpath.includes('*') || !target.conditions.includes('default') || !target.target.endsWith('.js')) continue;
    const [before = '', after = ''] = target.target.replace(/^\.\//, '').split('*');
    for (const file of filesOfTarget(target.target, contents.files)) entrypoints.add(target.subpath.replace('*', file.slice(before.length, file.length - after.length)));
  }
  return [...entrypoints];
}

/**
 * Run `@arethetypeswrong/cli` on a tarball with the `esm-only` profile: these packages are
 * ESM-only (`"type": "module"`, no `require` condition, `engines.node >=22.12`), so the `node10`
 * and `node16` CommonJS resolutions are not targets. The ESM resolutions (`node16` from ESM,
 * `bundler`) must all be clean, for every entry point including those behind `*` exports.
 *
 * @param tarball The `.tgz` file.
 * @param manifest The package's manifest.
 * @param contents The unpacked tarball.
 * @returns The problems found (attw's table) and the entry points checked as a note.
 */
export async function runAttw(tarball: string, manifest: Manifest, contents: TarballContents): Promise<{ problems: string[]; note: string }> {
  const extra = patternEntrypoints(manifest, contents);
  const args = [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji', ...(extra.length ? ['--include-entrypoints', ...extra] : [])];
  const result = await runCommand('attw', args);
  const checked = (result.stdout.match(/^"[^"]+"$/gm) ?? []).length;
  return { problems: result.code === 0 ? [] : [commandOutput(result)], note: `${checked} entry points${extra.length ? `, ${extra.length} of them behind *` : ''}` };
}
