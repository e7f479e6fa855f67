import { describe, expect, inject, test } from 'vitest';
import { wcagViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { crawlSite } from './support/site-crawl.ts';

const siteUrl = inject('siteUrl');
const crawl = await crawlSite(siteUrl);

const browser = useBrowser();

test('every internal link and asset of the site answers 200', () => {
  expect(crawl.broken).toEqual([]);
});

test('the crawl reaches the home, template, editor, examples, lint preset, adoption, rules and schema pages', () => {
  for (const path of ['/', '/templates/api-integration/', '/editor/api-integration/', '/editor/', '/examples/', '/lint/', '/lint/cli/', '/adopting/', '/rules/', '/reference/schema/']) expect(crawl.pages).toContain(path);
});

test('the sitemap lists every page reached by the crawl', async () => {
  const index = await (await fetch(`${siteUrl}/sitemap-index.xml`)).text();
  const sitemaps = [...index.matchAll(/<loc>https:\/\/specmark\.dev(\/[^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
  const listed = new Set<string>();
  for (const sitemap of sitemaps) {
    const xml = await (await fetch(siteUrl + sitemap)).text();
    for (const match of xml.matchAll(/<loc>https:\/\/specmark\.dev(\/[^<]*)<\/loc>/g)) listed.add(match[1] ?? '');
  }
  expect(crawl.pages.filter((path) => !listed.has(path) && path !== '/404/')).toEqual([]);
});

test('an unknown address gets the 404 page with a way back', async () => {
  const response = await fetch(`${siteUrl}/no-such-page/`);
  expect(response.status).toBe(404);
  const html = await response.text();
  expect(html).toContain('<title>Page not found | Specmark</title>');
  expect(html).toContain('href="/templates/api-integration/"');
});

describe.concurrent.each([...crawl.pages, '/no-such-page/'])('%s', { timeout: 180_000 }, (path) => {
  test('loads without console errors, CSP violations or third-party requests; has a meta description and no WCAG 2.2 AA violation', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const problems = await watchPage(page, siteUrl);
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    const failures = await wcagViolations(page);
    // The browser logs the 404 status of the page itself as an error; that is the point of the page.
    failures.push(...(await problems()).filter((problem) => !(path === '/no-such-page/' && /status of 404/.test(problem))));
    const description = await page.evaluate(() => document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    if (description.length < 30) failures.push(`meta description missing or too short: "${description}"`);
    await context.close();
    expect(failures).toEqual([]);
  });
});
