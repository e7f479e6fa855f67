import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportTargets, filesOfTarget, isPublishedTarget } from './export-targets.ts';
import type { TarballContents } from './tarball-contents.ts';
import type { Manifest } from './workspace-packages.ts';

/** Files every package ships beside its code. */
const documents = ['package.json', 'README.md', 'LICENSE'];

/** Files a package may ship beside its code. */
const optionalDocuments = ['CHANGELOG.md'];

/** Why a file that is not allowed should not be there, for the message. */
function reason(file: string): string {
  if (/(^|\/)(test|tests|__tests__|fixtures?)\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file)) return 'a test or fixture';
  if (/\.tsbuildinfo$/.test(file)) return 'a build cache';
  if (/\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file)) return 'a TypeScript source';
  if (/\.map$/.test(file)) return 'a source map';
  if (/\.m?js$/.test(file)) return 'JavaScript outside dist/ that no entry point loads';
  return 'not code, a declaration, a document or an exported file';
}

/** Relative `.js` paths written as string literals: static and dynamic imports, worker URLs. */
const relativeScriptPattern = /['"](\.\.?\/[^'"\s]+\.m?js)['"]/g;

/**
 * The JavaScript files reachable from the given entry files by following relative paths written in
 * them (imports, `import()` of either branch of a condition, `new URL('./worker.js', …)`).
 */
async function reachableScripts(contents: TarballContents, entries: Iterable<string>): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...entries].filter((file) => /\.m?js$/.test(file) && contents.files.includes(file));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(path.join(contents.dir, file), 'utf8');
    for (const [, target] of text.matchAll(relativeScriptPattern)) {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target!));
      if (contents.files.includes(resolved) && !seen.has(resolved)) queue.push(resolved);
    }
  }
  return seen;
}

/** The files an export, `types` or `bin` entry of the manifest points at. */
function declaredFiles(manifest: Manifest, files: readonly string[]): Set<string> {
  const declared = new Set<string>();
  for (const target of exportTargets(manifest.exports).filter(isPublishedTarget)) for (const file of filesOfTarget(target.target, files)) declared.add(file);
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  for (const entry of [...bins, manifest.types ?? '', manifest.main ?? '']) if (entry) declared.add(entry.replace(/^\.\//, ''));
  return declared;
}

/**
 * Check what a tarball holds: its documents, compiled JavaScript in `dist/` with a declaration
 * beside each module and the JSON data the build writes there, the files its manifest points at (bin, exports such as `schema.json` or
 * `templates/*`), JavaScript those files load (such as a bundle the bin starts), and nothing else — no tests, fixtures, TypeScript sources or build caches; source maps only when
 * every source they name is in the tarball too.
 *
 * @param manifest The package's manifest.
 * @param contents The unpacked tarball.
 * @returns The problems found; empty when the list is right.
 */
export async function checkFileList(manifest: Manifest, contents: TarballContents): Promise<string[]> {
  const { files } = contents;
  const problems: string[] = [];
  for (const document of documents) if (!files.includes(document)) problems.push(`missing ${document}`);
  const declared = declaredFiles(manifest, files);
  const reachable = await reachableScripts(contents, declared);
  for (const file of files) {
    const allowed =
      documents.includes(file) ||
      optionalDocuments.includes(file) ||
      declared.has(file) ||
      reachable.has(file) ||
      (file.startsWith('dist/') && /\.(js|d\.ts)$/.test(file)) ||
      // Data the build writes for the compiled code to read (a template parsed ahead of time).
      (file.startsWith('dist/') && file.endsWith('.json')) ||
      (file.startsWith('dist/') && file.endsWith('.map')) ||
      // The license notices a bundle keeps beside the bundled file it names (esbuild `legalComments: 'linked'`).
      (file.endsWith('.LEGAL.txt') && reachable.has(file.slice(0, -'.LEGAL.txt'.length)));
    if (!allowed) problems.push(`unexpected ${file}: ${reason(file)}`);
  }
  for (const file of files.filter((name) => name.startsWith('dist/') && name.endsWith('.js'))) {
    const declaration = file.replace(/\.js$/, '.d.ts');
    if (!files.includes(declaration)) problems.push(`${file} has no ${declaration}`);
  }
  for (const file of files.filter((name) => /\.(js|d\.ts)$/.test(name))) {
    const text = await readFile(path.join(contents.dir, file), 'utf8');
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
    if (url && !url.startsWith('data:') && !files.includes(path.posix.join(path.posix.dirname(file), url))) problems.push(`${file} points at a missing source map ${url}`);
  }
  for (const map of files.filter((name) => name.endsWith('.map'))) {
    const { sources = [], sourcesContent = [] } = JSON.parse(await readFile(path.join(contents.dir, map), 'utf8')) as { sources?: string[]; sourcesContent?: (string | null)[] };
    sources.forEach((source, index) => {
      const file = path.posix.normalize(path.posix.join(path.posix.dirname(map), source));
      if (!files.includes(file) && typeof sourcesContent[index] !== 'string') problems.push(`${map} names ${source}, which is not in the tarball`);
    });
  }
  return problems;
}
