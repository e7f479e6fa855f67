import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Build the site for production into a new temporary folder, as `npm run build` does.
 *
 * @returns The folder.
 */
export async function buildSite(): Promise<string> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.NODE_ENV = 'production';
  const { build } = await import('astro');
  const outDir = await mkdtemp(join(tmpdir(), 'specmark-site-'));
  await build({ root: fileURLToPath(new URL('../../', import.meta.url)), outDir, logLevel: 'error' });
  return outDir;
}

/**
 * The page paths the built site's sitemap lists, in its order.
 *
 * @param dist The built site.
 * @returns Paths such as `/rules/no-placeholders/`.
 */
export async function sitemapPaths(dist: string): Promise<string[]> {
  const files = (await readdir(dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name)).sort();
  const paths: string[] = [];
  for (const file of files) {
    const xml = await readFile(join(dist, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(match[1] ?? '/').pathname);
  }
  return paths;
}

/** A script file of the build and the files it imports. */
export interface ScriptGraph {
  /** The entry's path under the site (`/_astro/spec-worker-….js`). */
  entry: string;
  /** Gzip size (level 6) of the entry and everything it imports statically, summed. */
  gzip: number;
  /** Raw size of the same files. */
  raw: number;
  /** Gzip size of the files it imports with `import()` (and their imports), loaded on demand. */
  lazyGzip: number;
  /** The files counted, each once. */
  files: string[];
}

/** Static `import … from './x.js'` and dynamic `import('./x.js')` of a built chunk. */
const staticImport = /(?:^|[;\s}])import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g;
const dynamicImport = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

/**
 * Size a built script with what it imports, e.g. the spec worker.
 *
 * @param dist The built site.
 * @param pattern Matches the entry's file name in `_astro/`.
 * @returns The sizes, or `undefined` when no file matches.
 */
export async function scriptGraph(dist: string, pattern: RegExp): Promise<ScriptGraph | undefined> {
  const folder = join(dist, '_astro');
  const name = (await readdir(folder)).find((file) => pattern.test(file));
  if (!name) return undefined;
  const seen = new Set<string>();
  const queue: { file: string; lazy: boolean }[] = [{ file: name, lazy: false }];
  const graph: ScriptGraph = { entry: `/_astro/${name}`, gzip: 0, raw: 0, lazyGzip: 0, files: [] };
  // Breadth first, eager files first, so a file both imported and lazily imported counts as eager.
  while (queue.length > 0) {
    queue.sort((a, b) => Number(a.lazy) - Number(b.lazy));
    const { file, lazy } = queue.shift() as { file: string; lazy: boolean };
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(join(folder, file));
    const gzip = gzipSync(text, { level: 6 }).length;
    if (lazy) graph.lazyGzip += gzip;
    else {
      graph.gzip += gzip;
      graph.raw += text.length;
    }
    const source = text.toString('utf8');
    for (const match of source.matchAll(staticImport)) queue.push({ file: match[1] as string, lazy });
    for (const match of source.matchAll(dynamicImport)) queue.push({ file: match[1] as string, lazy: true });
  }
  graph.files = [...seen];
  return graph;
}
