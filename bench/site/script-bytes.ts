import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';

/** A viewport the page is loaded at. */
export interface Viewport {
  /** Name shown in the output (`desktop`). */
  name: string;
  width: number;
  height: number;
}

/** The viewports measured: a laptop screen and a phone. */
export const viewports: Viewport[] = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'phone 390×844', width: 390, height: 844 },
];

/** The JavaScript one page loads before any interaction. */
export interface ScriptBytes {
  /** Page path. */
  path: string;
  /** Viewport name. */
  viewport: string;
  /** Bytes of script files as transferred (gzip from the server), summed. */
  transferred: number;
  /** Gzip size (level 6) of the page's inline `<script>` texts together. */
  inline: number;
  /** Each script file: path and transferred bytes, largest first. */
  files: { path: string; bytes: number }[];
  /** Worker scripts the page started before any interaction (should be none). */
  workers: string[];
}

/**
 * Load a page and add up the JavaScript it fetched "before interaction": until the `load` event,
 * then until the network has been quiet for 500 ms, then one more second of idle time (Starlight
 * and Astro schedule some scripts for when the browser is idle). No scrolling, clicking or typing
 * happens; islands that load on `client:visible` count only when they are in the first viewport.
 * Script bytes are the encoded response bodies (what went over the wire), so they are gzip
 * bytes because the server compresses. Module workers are caught by the page's `worker` event and
 * by any request for a `*-worker-*.js` file.
 *
 * @param browser The browser.
 * @param siteUrl The site's address.
 * @param path The page path.
 * @param viewport The viewport.
 * @returns What the page loaded.
 */
export async function measureScriptBytes(browser: Browser, siteUrl: string, path: string, viewport: Viewport): Promise<ScriptBytes> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  const scripts: Request[] = [];
  const workers = new Set<string>();
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(request);
    if (/worker[^/]*\.js(\?|$)/.test(request.url())) workers.add(new URL(request.url()).pathname);
  });
  page.on('worker', (worker) => workers.add(new URL(worker.url()).pathname));
  await page.goto(siteUrl + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const inlineTexts = await page.$$eval('script:not([src])', (elements) =>
    elements.filter((element) => !element.getAttribute('type') || /javascript|module/.test(element.getAttribute('type') ?? '')).map((element) => element.textContent ?? ''),
  );
  const files = await Promise.all(
    scripts.map(async (request) => ({ path: new URL(request.url()).pathname, bytes: (await request.sizes()).responseBodySize })),
  );
  const unique = [...new Map(files.map((file) => [file.path, file])).values()].sort((a, b) => b.bytes - a.bytes);
  await context.close();
  return {
    path,
    viewport: viewport.name,
    transferred: unique.reduce((sum, file) => sum + file.bytes, 0),
    inline: inlineTexts.length === 0 ? 0 : gzipSync(inlineTexts.join('\n'), { level: 6 }).length,
    files: unique,
    workers: [...workers],
  };
}
