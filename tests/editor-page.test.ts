import { readFile } from 'node:fs/promises';
import { parseSpec } from '@specmark/template';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { nextToAnswer, specProgress } from '../src/editor/model/progress.ts';
import { wcagViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { formTemplate, lintSummary, openForm, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const template = await formTemplate();
const browser = useBrowser();

/** Where an element is on the screen, if it is shown at all. */
async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${String(locator)} is not shown`);
  return found;
}

/** Whether an element is wholly on the screen, without scrolling. */
async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const { x, y, width, height } = await box(locator);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  return x >= 0 && y >= 0 && x + width <= viewport.width + 0.5 && y + height <= viewport.height + 0.5;
}

test('the template page links to the editor from "Fill it in", and loads none of the form', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}/templates/${template.id}/`, { waitUntil: 'networkidle' });
  // What the template page loaded, before the editor page's own requests start.
  const loaded = [...scripts];
  await page.getByRole('link', { name: 'Open the editor' }).click();
  expect(new URL(page.url()).pathname).toBe(specFormPath);
  expect(loaded.filter((path) => /SpecForm|spec-worker/.test(path))).toEqual([]);
  await context.close();
});

test('before its script has started, only the form waits: the checks and preview panels can take focus, and axe finds no WCAG 2.2 AA violation', async () => {
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // The page as it is between its first paint and the editor's start, for as long as that takes.
  await page.route(/\.js(?:\?|$)/, (route) => route.abort());
  await page.goto(formUrl);
  expect(await page.locator('.sm-answers[disabled]').count()).toBe(1);
  expect(await wcagViolations(page)).toEqual([]);
  await context.close();
});

test('at 1440 px, the preview of the field being typed is on screen beside it, with the checks', async () => {
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, formUrl);
  const prose = template.fields.filter((field) => field.kind === 'prose');
  // A field of the first section and the last prose field of the spec, far down the form.
  for (const [field, typed] of [
    [prose[0]!, 'Finance reconciles 400 payouts a month by hand from CSV exports.'],
    [prose[prose.length - 1]!, 'Node 22, Fastify 5 and Drizzle on PostgreSQL 16, calls from the payments service.'],
  ] as const) {
    const input = page.locator(`#sm-field-${field.slug}`);
    await input.click();
    await page.keyboard.type(typed);
    const shown = page.locator('#sm-panel-rendered p', { hasText: typed });
    await expect.poll(() => shown.count(), settle).toBe(1);
    await expect.poll(() => onScreen(page, shown), settle).toBe(true);
    const heading = page.locator('#sm-panel-rendered h3', { hasText: field.title });
    expect(await onScreen(page, heading), field.title).toBe(true);
    expect(await onScreen(page, input), field.title).toBe(true);
    // Beside the field: to its right, not below it.
    expect((await box(shown)).x).toBeGreaterThan((await box(input)).x + (await box(input)).width);
    expect(await onScreen(page, page.locator('#sm-lint-summary'))).toBe(true);
    expect(await onScreen(page, page.locator('#sm-progress'))).toBe(true);
  }
  await lintSummary(page);
  expect(await page.locator('#sm-progress').getAttribute('value')).toBe('2');
  expect(await problems()).toEqual([]);
  await context.close();
});

test('a share link opened in a fresh browser lands on the shared draft, focus on the first field still to answer, in view without scrolling', async () => {
  const [first, second] = template.fields;
  const draft = { title: 'Twilio SMS appointment reminders', fields: { [first!.slug]: 'Patients miss one appointment in nine; reminders are sent by hand.' } };
  const link = `${formUrl}#${await encodeShareFragment(draftEnvelope(toFormTemplate(template), draft))}`;
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await page.goto(link);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe(`sm-field-${second!.slug}`);
  expect(await page.inputValue(`#sm-field-${first!.slug}`)).toBe(draft.fields[first!.slug]);
  expect(await onScreen(page, page.locator(`#sm-field-${first!.slug}`))).toBe(true);
  expect(await onScreen(page, page.locator(`#sm-field-${second!.slug}`))).toBe(true);
  expect(await page.inputValue('#sm-title')).toBe(draft.title);
  await expect.poll(() => page.locator('#sm-panel-rendered h1').textContent(), settle).toBe(draft.title);
  expect(new URL(page.url()).hash).toBe('');
  expect(await problems()).toEqual([]);
  await context.close();
});

test('"Open in the editor" on an example lands on the example in the form, focus on its first part still to answer, in view', async () => {
  const markdown = await readFile(new URL('../content/examples/stripe-payment-intents.md', import.meta.url), 'utf8');
  const next = nextToAnswer(specProgress(toFormTemplate(template), parseSpec(template, markdown).answers));
  expect(next).toBeDefined();
  const focused = next?.kind === 'field' ? `sm-field-${next.slug}` : 'sm-title';
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/examples/stripe-payment-intents/`);
  const title = (await page.locator('h1').textContent()) ?? '';
  await page.getByRole('link', { name: 'Open in the editor' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe(focused);
  // Focus lands first; the form brings the part into view once the draft is laid out.
  await expect.poll(() => onScreen(page, page.locator(`#${focused}`)), settle).toBe(true);
  expect(await page.inputValue('#sm-title')).toBe(title);
  await expect.poll(() => page.locator('#sm-panel-rendered h1').textContent(), settle).toBe(title);
  expect(await lintSummary(page)).toBe('No lint messages: the spec passes the preset.');
  // Sections above it drawn late (they are laid out only once near the screen) do not push it away.
  expect(await onScreen(page, page.locator(`#${focused}`))).toBe(true);
  await context.close();
});

test('at 390 px, tabs switch between the form, the preview at the field being edited, and the checks, whose links lead back to the field', async () => {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openForm(page, formUrl);
  const [first, second] = template.fields;
  const form = page.locator('#sm-pane-form');
  const preview = page.locator('#sm-pane-preview');
  const checks = page.locator('#sm-pane-checks');
  expect([await form.isVisible(), await preview.isVisible(), await checks.isVisible()]).toEqual([true, false, false]);

  await page.locator(`#sm-field-${first!.slug}`).click();
  await page.keyboard.type('The nightly export fails silently.');
  await page.getByRole('tab', { name: 'Preview', exact: true }).click();
  expect([await form.isVisible(), await preview.isVisible(), await checks.isVisible()]).toEqual([false, true, false]);
  const shown = page.locator('#sm-panel-rendered p', { hasText: 'The nightly export fails silently.' });
  await expect.poll(() => onScreen(page, shown), settle).toBe(true);
  expect(await onScreen(page, page.locator('#sm-panel-rendered h3', { hasText: first!.title }))).toBe(true);

  // Arrow keys move between the tabs.
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sm-view-checks');
  expect([await form.isVisible(), await preview.isVisible(), await checks.isVisible()]).toEqual([false, false, true]);
  await lintSummary(page);
  expect(await page.getByRole('tab', { name: /^Checks \(\d+\)$/ }).count()).toBe(1);
  await page.locator(`.sm-lint-list a[href="#sm-field-${second!.slug}-group"]`).first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe(`sm-field-${second!.slug}`);
  expect([await form.isVisible(), await preview.isVisible(), await checks.isVisible()]).toEqual([true, false, false]);
  expect(await onScreen(page, page.locator(`#sm-field-${second!.slug}`))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
