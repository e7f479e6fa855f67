/** What a crawl of the built site found. */
export interface SiteCrawl {
  /** Paths of HTML pages reached from the home page (`/`, `/examples/`, …), sorted. */
  pages: string[];
  /** Every internal link target (pages, downloads, assets), with the first page linking to it. */
  links: Map<string, string>;
  /** Internal links that did not answer 200, as `<target> (linked from <page>): <status>`. */
  broken: string[];
}

/** Attributes whose values are internal URLs to check. */
const urlAttributes = /\s(?:href|src)="([^"#]*)(?:#[^"]*)?"/g;

/**
 * Crawl the built site over HTTP from its home page, following every same-origin `href` and
 * `src`. Pages are parsed as text, without a browser, so the crawl is quick.
 *
 * @param siteUrl The site's address (`http://127.0.0.1:4321`).
 * @returns The pages, links and broken links found.
 */
export async function crawlSite(siteUrl: string): Promise<SiteCrawl> {
  const origin = new URL(siteUrl).origin;
  const links = new Map<string, string>([['/', '(start)']]);
  const pages: string[] = [];
  const broken: string[] = [];
  const queue = ['/'];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await fetch(origin + path);
    if (response.status !== 200) {
      broken.push(`${path} (linked from ${links.get(path)}): ${response.status}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) {
      await response.arrayBuffer();
      continue;
    }
    pages.push(path);
    const html = await response.text();
    for (const match of html.matchAll(urlAttributes)) {
      const raw = match[1] ?? '';
      if (raw === '' || /^(?:mailto|data|javascript):/.test(raw)) continue;
      const url = new URL(raw.replaceAll('&amp;', '&'), origin + path);
      if (url.origin !== origin) continue;
      const target = url.pathname;
      if (!links.has(target)) links.set(target, path);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { pages: pages.sort(), links, broken };
}
