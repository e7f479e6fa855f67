import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types of the files a built site holds. */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types sent gzip-compressed when the browser accepts it, as static hosts do. */
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** A running static server. */
export interface StaticServer {
  /** Its address, `http://127.0.0.1:<port>`. */
  url: string;
  /** Stop it. */
  close: () => Promise<void>;
}

/**
 * Serve a built site the way a static host does: `dir/index.html` for `dir/`, a redirect from
 * `dir` to `dir/`, the site's `404.html` for missing paths, and gzip (level 6, zlib's default
 * and the usual host setting) for text when the request accepts it, and a year of caching for
 * the hashed files under `/_astro/`. Compressed bodies are cached,
 * so repeat requests cost no compression time.
 *
 * @param root The built site's folder.
 * @returns The server, listening on a free port of 127.0.0.1.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) return end(response, 403, 'text/plain', Buffer.from('Forbidden'), false);
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      const body = await readFile(file).catch(() => undefined);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (body === undefined) {
        const missing = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
        return end(response, 404, types['.html'] as string, gzip ? compressed(cache, '/404.html', missing) : missing, gzip);
      }
      end(response, 200, type, gzip ? compressed(cache, file, body) : body, gzip, path);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A file's gzip body, compressed once. */
function compressed(cache: Map<string, Buffer>, key: string, body: Buffer): Buffer {
  let cached = cache.get(key);
  if (!cached) {
    cached = gzipSync(body, { level: 6 });
    cache.set(key, cached);
  }
  return cached;
}

/** Send a response. */
function end(response: import('node:http').ServerResponse, status: number, type: string, body: Buffer, gzip: boolean, path = ''): void {
  // Hashed build assets never change; pages are checked on every visit.
  const cacheControl = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(status, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': cacheControl,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  response.end(body);
}
