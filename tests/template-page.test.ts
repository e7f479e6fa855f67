import { loadBuiltInTemplate } from '@specmark/template';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the template page shows every section and field of the template model, without JavaScript', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${inject('siteUrl')}/templates/api-integration/`);
  const headings = await page.locator('article h2, article h3').allInnerTexts();
  expect(headings).toEqual(template.sections.flatMap((section) => [section.title, ...section.fields.map((field) => field.title)]));
  await context.close();
});
