import { expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Pagefind's UI script and the files it fetches (index, WebAssembly). */
const pagefindFile = /\/_astro\/ui-core\.|\/pagefind\//;

test('a page loads none of the search code until the reader goes to search; "/" then opens it and finds pages', { timeout: 120_000 }, async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}/templates/api-integration/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  expect(fetched.filter((path) => pagefindFile.test(path))).toEqual([]);

  await page.keyboard.press('/');
  const input = page.getByRole('textbox', { name: 'Search' });
  await expect.poll(() => input.evaluate((element) => element === document.activeElement), { timeout: 30_000 }).toBe(true);
  await page.keyboard.type('Twilio');
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 60_000 });
  expect(await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain('/examples/twilio-sms/');
  expect(fetched.some((path) => pagefindFile.test(path))).toBe(true);
  expect(await problems()).toEqual([]);
  await context.close();
});

test('Ctrl+K opens and closes search; Escape closes it; "/" typed in a text field stays in the field', { timeout: 120_000 }, async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/`);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // The shortcuts work once the search script has started, which enables the button.
  await page.locator('button[data-open-modal]:not([disabled])').waitFor({ timeout: 30_000 });
  const visible = { timeout: 10_000 };
  await page.keyboard.press('Control+k');
  await expect.poll(() => dialog.isVisible(), visible).toBe(true);
  await page.keyboard.press('Control+k');
  await expect.poll(() => dialog.isVisible(), visible).toBe(false);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => dialog.isVisible(), visible).toBe(true);
  await page.getByRole('textbox', { name: 'Search' }).waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible(), visible).toBe(false);

  await page.goto(`${siteUrl}/editor/api-integration/`);
  await page.locator('.sm-answers:not([disabled])').waitFor();
  await page.locator('#sm-title').click();
  await page.keyboard.type('Orders/refunds');
  expect(await page.locator('#sm-title').inputValue()).toBe('Orders/refunds');
  expect(await dialog.isVisible()).toBe(false);
  await context.close();
});
