import { readFile } from 'node:fs/promises';
import { slugify } from '@specmark/template';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { fillEveryField, formSnapshot, formTemplate, lintSummary, lintWithPreset, openForm, previewMarkdown, specFormPath, settle, waitForForm } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const title = 'Stripe payment intents for checkout';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: () => Promise<string[]>;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  problems = await watchPage(page, siteUrl);
  await openForm(page, formUrl);
});
afterAll(async () => {
  await browser?.close();
});

test('a blank form previews the blank template and lists lint messages for it', async () => {
  const template = await formTemplate();
  expect(await page.locator('#sm-panel-rendered h1').textContent()).toBe(template.titlePrompt);
  expect(await lintSummary(page)).toMatch(/^\d+ lint messages? \(\d+ errors?\)\.$/);
  expect(await page.locator('.sm-lint-list li').count()).toBeGreaterThan(0);
});

test('a lint message links to the field it concerns and moves focus there', async () => {
  const link = page.locator('.sm-lint-list a[href="#sm-field-problem-group"]').first();
  await link.click();
  // Focus moves in the next frame, once the form is shown.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe('sm-field-problem');
});

test('filling every field updates the preview and the lint results until the spec passes the preset', async () => {
  const template = await formTemplate();
  await page.fill('#sm-title', title);
  await expect.poll(() => page.locator('#sm-panel-rendered h1').textContent(), settle).toBe(title);
  await fillEveryField(page, template, title);
  expect(await lintSummary(page)).toBe('No lint messages: the spec passes the preset.');
  expect(await page.locator('#sm-progress').getAttribute('value')).toBe(String(template.fields.length + 1));
  const markdown = await previewMarkdown(page);
  for (const field of template.fields) expect(markdown).toContain(`### ${field.title}\n\n`);
  expect(markdown).toMatch(/^- \[x\] ~~.+~~ The billing-worker service stores nothing\.$/m);
});

test('the downloaded file is named after the title and passes the preset with no messages', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download / }).click()]);
  expect(download.suggestedFilename()).toBe(`${slugify(title)}.md`);
  const markdown = await readFile((await download.path()) as string, 'utf8');
  expect(markdown).toBe(await previewMarkdown(page));
  expect(await lintWithPreset(markdown)).toEqual([]);
});

test('reloading the page restores the draft', async () => {
  const before = await formSnapshot(page);
  await page.reload();
  await waitForForm(page);
  expect(await formSnapshot(page)).toEqual(before);
  await expect.poll(() => page.locator('.sm-notice').first().textContent(), settle).toContain('Restored your draft');
});

test('a share link opens the same draft in a browser that has none', async () => {
  const markdown = await previewMarkdown(page);
  const before = await formSnapshot(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('#sm-share-url').inputValue();
  expect(link.startsWith(formUrl + '#draft=')).toBe(true);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const other = await browser.newContext();
  const shared = await other.newPage();
  const sharedProblems = await watchPage(shared, siteUrl);
  await openForm(shared, link);
  expect(await formSnapshot(shared)).toEqual(before);
  expect(await previewMarkdown(shared)).toBe(markdown);
  expect(new URL(shared.url()).hash).toBe('');
  expect(await sharedProblems()).toEqual([]);
  await other.close();
});

test('importing the downloaded spec into an empty form gives the same form', async () => {
  const markdown = await previewMarkdown(page);
  const before = await formSnapshot(page);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await openForm(fresh, formUrl);
  await fresh.getByText('Import an existing spec').click();
  await fresh.fill('#sm-import-paste', markdown);
  await fresh.getByRole('button', { name: 'Import pasted Markdown' }).click();
  await expect.poll(() => fresh.locator('#sm-title').inputValue(), settle).toBe(title);
  expect(await formSnapshot(fresh)).toEqual(before);
  expect(await previewMarkdown(fresh)).toBe(markdown);
  await other.close();
});

test('the page had no console errors, CSP violations or third-party requests', async () => {
  expect(await problems()).toEqual([]);
});
