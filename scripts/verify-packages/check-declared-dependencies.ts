import { builtinModules } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TarballContents } from './tarball-contents.ts';
import type { Manifest } from './workspace-packages.ts';

/** Module specifiers in compiled JavaScript or declarations: `from '…'`, `import '…'`, `import('…')`. */
const specifierPattern = /\b(?:from|import)\s*(?:\(\s*)?['"]([^'"]+)['"]/g;

/** A bare module specifier: a package name, maybe with a subpath (not text that merely follows `from`). */
const bareSpecifier = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.@/-]*)?$/i;

/** The package a bare specifier names: `a` for `a/b`, `@s/a` for `@s/a/b`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The `@types` package that holds the types of a package. */
function typesPackage(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

/**
 * Check that every package the shipped code imports is a dependency, and every package the shipped
 * declarations import is a dependency too (or its `@types` package is): a consumer's install must
 * bring what `import` and `tsc` need, whatever a package manager hoists.
 *
 * @param manifest The package's manifest.
 * @param contents The unpacked tarball.
 * @returns The problems found; empty when every import is declared.
 */
export async function checkDeclaredDependencies(manifest: Manifest, contents: TarballContents): Promise<string[]> {
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const missing = new Map<string, Set<string>>();
  for (const file of contents.files.filter((name) => /\.(js|d\.ts)$/.test(name))) {
    const text = await readFile(path.join(contents.dir, file), 'utf8');
    const isDeclaration = file.endsWith('.d.ts');
    for (const [, specifier] of text.matchAll(specifierPattern)) {
      if (!specifier || !bareSpecifier.test(specifier) || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      const name = packageName(specifier);
      if (name === manifest.name || declared.has(name) || (isDeclaration && declared.has(typesPackage(name)))) continue;
      const wanted = isDeclaration ? `${name} (or ${typesPackage(name)})` : name;
      missing.set(wanted, (missing.get(wanted) ?? new Set()).add(file));
    }
  }
  return [...missing].map(([name, files]) => `imports ${name} without depending on it: ${[...files].slice(0, 3).join(', ')}${files.size > 3 ? ` and ${files.size - 3} more` : ''}`);
}
