import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { useBrowser } from './support/browser.ts';
import { formTemplate, openForm, openWatchedForm, previewMarkdown, specFormPath, settle, type WatchedForm } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
/** Markup that would run script if it were treated as HTML anywhere. */
const payload = '<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 1"> [click](javascript:window.__xss=1) <iframe src="javascript:window.__xss=1"></iframe>';

const browser = useBrowser();

/** Open a fresh form, recording dialogs and page problems. */
function freshForm(url = formUrl): Promise<WatchedForm> {
  return openWatchedForm(browser(), siteUrl, url);
}

/** Assert that nothing ran and the preview holds no active content. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('.sm-rendered script, .sm-rendered img[onerror], .sm-rendered iframe, .sm-rendered [href^="javascript:"]').count()).toBe(0);
}

test('script typed into a field stays text: shown in the Markdown, inert in the preview', async () => {
  const { page, dialogs, problems } = await freshForm();
  await page.fill('#sm-field-problem', payload);
  await page.fill('#sm-title', payload);
  await page.waitForTimeout(300);
  expect(await previewMarkdown(page)).toContain(`### ${(await formTemplate()).fields[0]!.title}\n\n${payload}\n`);
  await expectInert(page, dialogs);
  expect(await page.locator('#sm-panel-rendered h1').textContent()).toContain('window.__xss');
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('an imported file with script stays inert, and what fits no field is shown as text', async () => {
  const { page, dialogs, problems } = await freshForm();
  const template = await formTemplate();
  const field = template.fields[0]!;
  const markdown = `---\ntitle: "${payload.replace(/"/g, '\\"')}"\n---\n\n<script>window.__xss = 1</script>\n\n# Imported <img src=x onerror="window.__xss=1">\n\n## Rollout plan\n\n${payload}\n\n## ${field.section === template.sections[0]!.slug ? template.sections[0]!.title : ''}\n\n### ${field.title}\n\n${payload}\n`;
  await page.getByText('Import an existing spec').click();
  await page.fill('#sm-import-paste', markdown);
  await page.getByRole('button', { name: 'Import pasted Markdown' }).click();
  await expect.poll(() => page.locator('#sm-extras').textContent(), settle).toContain('a heading the template does not have, line 9');
  expect(await page.locator('#sm-extras pre').allTextContents()).toEqual(['<script>window.__xss = 1</script>', `## Rollout plan\n\n${payload}`]);
  expect(await page.locator(`#sm-field-${field.slug}`).inputValue()).toBe(payload);
  await page.waitForTimeout(300);
  expect(await previewMarkdown(page)).toContain(`## Rollout plan\n\n${payload}\n`);
  await expectInert(page, dialogs);
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('a share link carrying script loads as text and stays inert', async () => {
  const template = toFormTemplate(await formTemplate());
  const fragment = await encodeShareFragment(draftEnvelope(template, { title: payload, fields: { [template.sections[0]!.fields[0]!.slug]: payload } }));
  const { page, dialogs, problems } = await freshForm(`${formUrl}#${fragment}`);
  expect(await page.locator('#sm-title').inputValue()).toBe(payload);
  await expectInert(page, dialogs);
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('a share link that is not a draft is refused with a message, keeping the saved draft', async () => {
  const template = toFormTemplate(await formTemplate());
  const { page } = await freshForm();
  await page.fill('#sm-title', 'My own draft');
  await page.waitForTimeout(100);
  const fragment = await encodeShareFragment(draftEnvelope(template, { fields: { 'no-such-field': 'x' } }));
  await openForm(page, `${formUrl}#${fragment}`);
  await expect
    .poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle)
    .toBe('This share link could not be read, so your own draft is unchanged: Unexpected field `no-such-field`, expected a field of the template.');
  expect(await page.locator('#sm-title').inputValue()).toBe('My own draft');
  await openForm(page, `${formUrl}#draft=not-deflate-data`);
  await expect
    .poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle)
    .toBe('This share link could not be read, so your own draft is unchanged: Unexpected share link data, expected a compressed Specmark draft.');
  expect(await page.locator('#sm-title').inputValue()).toBe('My own draft');
  await page.context().close();
});

test('a draft too large for a link says so instead of making one', async () => {
  const { page } = await freshForm();
  const noise = await page.evaluate(() => {
    const bytes = crypto.getRandomValues(new Uint8Array(45_000));
    return btoa(String.fromCharCode(...bytes));
  });
  await page.fill('#sm-field-problem', noise);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toMatch(/^The share link would be \d+ KB, longer than browsers accept \(32 KB\)\. Download the file and send that instead\.$/);
  expect(await page.locator('#sm-share-url').count()).toBe(0);
  await page.context().close();
});
