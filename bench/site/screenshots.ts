import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';

/** The team template the screenshots open (a test fixture). */
const teamTemplate = new URL('../../tests/fixtures/templates/vendor-onboarding.md', import.meta.url);

/** Wait until the editor's form has loaded its draft and the checks are about it. */
async function ready(page: Page): Promise<void> {
  await page.locator('.sm-answers:not([disabled])').waitFor();
  await page.locator('.sm-lint[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(600);
}

/**
 * Take screenshots of the editor for a person to look at: at 1440×900 while typing (the preview
 * following the field), landing from a share link, and with a team's template (its problems, then
 * its form); at 390×844 the form, the preview and the checks tabs.
 *
 * @param browser The browser.
 * @param siteUrl The site's address.
 * @param shareLink A share link to the editor (the Stripe example).
 * @param folder Where to write the PNG files (a `file:` URL ending in `/`).
 * @returns The file names written.
 */
export async function takeScreenshots(browser: Browser, siteUrl: string, shareLink: string, folder: URL): Promise<string[]> {
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: new URL(name, folder).pathname });
    written.push(name);
  };
  const wide = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  let page = await wide.newPage();
  await page.goto(`${siteUrl}/editor/api-integration/`);
  await ready(page);
  await page.locator('#sm-title').click();
  await page.keyboard.type('Stripe payment intents for checkout');
  await page.locator('#sm-field-tech-stack').click();
  await page.keyboard.type('Node 22, Fastify 5, Drizzle on PostgreSQL 16; calls only from the payments service.');
  await ready(page);
  await shot(page, '1440-typing.png');
  await wide.close();

  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await fresh.newPage();
  await page.goto(shareLink);
  await ready(page);
  await shot(page, '1440-share-link.png');
  await page.goto(`${siteUrl}/editor/`);
  const template = await readFile(teamTemplate, 'utf8');
  await page.setInputFiles('#sm-template-file', { name: 'vendor-onboarding.md', mimeType: 'text/markdown', buffer: Buffer.from(template.replace('version: 2', 'version: two')) });
  await page.locator('.sm-problem-list').waitFor();
  await shot(page, '1440-team-template-problems.png');
  await page.setInputFiles('#sm-template-file', { name: 'vendor-onboarding.md', mimeType: 'text/markdown', buffer: Buffer.from(template) });
  await ready(page);
  await shot(page, '1440-team-template.png');
  await fresh.close();

  const narrow = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await narrow.newPage();
  await page.goto(`${siteUrl}/editor/api-integration/`);
  await ready(page);
  await page.locator('#sm-field-problem').click();
  await page.keyboard.type('Finance reconciles 400 payouts a month by hand from CSV exports.');
  await ready(page);
  await shot(page, '390-form.png');
  await page.getByRole('tab', { name: 'Preview', exact: true }).click();
  await page.waitForTimeout(300);
  await shot(page, '390-preview.png');
  await page.getByRole('tab', { name: /^Checks/ }).click();
  await page.waitForTimeout(300);
  await shot(page, '390-checks.png');
  await narrow.close();
  return written;
}
