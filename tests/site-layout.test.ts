import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { crawlSite } from './support/site-crawl.ts';

const siteUrl = inject('siteUrl');
const { pages } = await crawlSite(siteUrl);

const browser = useBrowser();

describe.concurrent.each(pages)('%s at 320 px wide', { timeout: 120_000 }, (path) => {
  test('has no horizontal scroll', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(widest).toBeLessThanOrEqual(320);
  });
});

test('the theme menu switches between dark and light, and the choice survives a reload', { timeout: 60_000 }, async () => {
  const context = await browser().newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/templates/api-integration/`);
  const theme = (): Promise<string | undefined> => page.evaluate(() => document.documentElement.dataset.theme);
  const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await theme()).toBe('light');
  const light = await background();
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  expect(await theme()).toBe('dark');
  expect(await background()).not.toBe(light);
  await page.reload();
  expect(await theme()).toBe('dark');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  expect(await theme()).toBe('light');
  await context.close();
});

test('search finds the pages that mention a word, under the site CSP and without leaving the site', { timeout: 120_000 }, async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await page.goto(`${siteUrl}/`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('Salesforce');
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 60_000 });
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs).toContain('/examples/salesforce-warehouse-sync/');
  expect(await problems()).toEqual([]);
  await context.close();
});
