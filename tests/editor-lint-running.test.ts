import { expect, inject, test } from 'vitest';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { formTemplate, openForm, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();

test('while a slow check runs the panel says so and marks the earlier messages as about an earlier version', async () => {
  // Six paragraphs of 10,000 short lines (240 KB): each within the 32 KiB block limit, and seconds of
  // work each for the lint worker (micromark's time grows with the square of a paragraph's lines).
  const busy = ('a b\n'.repeat(10_000) + '\n').repeat(6);
  const fragment = await encodeShareFragment(draftEnvelope(toFormTemplate(await formTemplate()), { title: 'Busy draft', fields: { problem: busy } }));
  const context = await browser().newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, `${formUrl}#${fragment}`);

  // The page's own results are about the blank template: listed, but never as current.
  const summary = page.locator('#sm-lint-summary');
  await expect.poll(() => summary.textContent(), settle).toMatch(/^Checking the latest changes… The \d+ lint messages below are about an earlier version of the spec\.$/);
  expect(await page.locator('.sm-lint').getAttribute('aria-busy')).toBe('true');
  expect(await page.locator('.sm-lint-list').getAttribute('class')).toBe('sm-lint-list sm-lint-stale');

  await page.waitForTimeout(600);
  expect(await summary.textContent()).toMatch(/^Checking the latest changes…/);
  expect(await problems()).toEqual([]);
  await context.close();
}, 120_000);
