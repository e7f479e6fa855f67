import type { Worker } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { formTemplate, lintSummary, openForm, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();

test('while a slow check runs the panel says so and marks the earlier messages; newer answers cancel it and get their own results', async () => {
  // 1.4 MB of short paragraphs: within every limit, and seconds of work for the lint worker.
  const busy = 'The reconciliation job compares the settlement report with the ledger.\n\n'.repeat(20_000);
  const fragment = await encodeShareFragment(draftEnvelope(toFormTemplate(await formTemplate()), { title: 'Busy draft', fields: { problem: busy } }));
  const context = await browser().newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  const closed: Worker[] = [];
  page.on('worker', (worker) => worker.on('close', () => closed.push(worker)));
  await openForm(page, `${formUrl}#${fragment}`);

  // The page's own results are about the blank template: listed, but never as current.
  const summary = page.locator('#sm-lint-summary');
  await expect.poll(() => summary.textContent(), settle).toMatch(/^Checking the latest changes… The \d+ lint messages below are about an earlier version of the spec\.$/);
  expect(await page.locator('.sm-lint').getAttribute('aria-busy')).toBe('true');
  expect(await page.locator('.sm-lint-list').getAttribute('class')).toBe('sm-lint-list sm-lint-stale');

  // Newer answers while the check runs: its worker is stopped, not waited for.
  await page.waitForTimeout(600);
  expect(await summary.textContent()).toMatch(/^Checking the latest changes…/);
  await page.fill('#sm-field-problem', 'Shoppers cannot pay by card on the web checkout.');
  await expect.poll(() => closed.length, settle).toBe(1);
  expect(await lintSummary(page)).toMatch(/^\d+ lint messages? \(\d+ errors?\)\.$/);
  expect(await page.locator('.sm-lint-list').getAttribute('class')).toBe('sm-lint-list');
  expect(await page.locator('.sm-lint-list').textContent()).not.toContain('Problem:');
  expect(await problems()).toEqual([]);
  await context.close();
}, 120_000);
