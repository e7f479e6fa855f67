import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { wcagViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { lintSummary, openForm, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;

const browser = useBrowser();

/** Axe violations of the form, one line each. */
function violations(page: Page): Promise<string[]> {
  return wcagViolations(page, '.sm-form');
}

/** Open the form with lint results, a waived item, the import panel and the raw tab showing. */
async function busyForm(page: Page): Promise<void> {
  await openForm(page, formUrl);
  expect(await lintSummary(page)).toMatch(/^\d+ lint messages?/);
  await page.getByRole('button', { name: /^Waive this item/ }).first().click();
  await page.getByText('Import an existing spec').click();
}

test('the editor with lint results showing has no WCAG 2.2 AA violations at desktop width in light mode', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await busyForm(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Markdown' }).click();
  expect(await violations(page)).toEqual([]);
  await context.close();
}, 180_000);

test('at 320 px wide in dark mode, each of the form, the checks and the preview has no WCAG 2.2 AA violations', async () => {
  const context = await browser().newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await busyForm(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('tab', { name: /^Checks/ }).click();
  expect(await page.locator('#sm-lint-summary').isVisible()).toBe(true);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Preview', exact: true }).click();
  expect(await page.locator('#sm-panel-rendered').isVisible()).toBe(true);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Markdown' }).click();
  expect(await violations(page)).toEqual([]);
  await context.close();
}, 180_000);

test('at 320 px wide nothing scrolls sideways, and nothing in the form, filled with a long title, sticks out of it', async () => {
  const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await busyForm(page);
  await page.fill('#sm-title', 'Stripe payment intents for the web checkout and the mobile apps');
  await expect.poll(() => page.locator('#sm-panel-rendered h1').textContent(), settle).toBe('Stripe payment intents for the web checkout and the mobile apps');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const outside = await page.evaluate(() => {
    const form = document.querySelector('.sm-form') as HTMLElement;
    const right = form.getBoundingClientRect().right;
    // Content that scrolls inside a box of the form (a wide code block) is not sticking out.
    const scrolls = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== form; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== 'visible') return true;
      return false;
    };
    return [...form.querySelectorAll('*')]
      .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > right + 0.5 && !scrolls(element))
      .map((element) => `${element.tagName.toLowerCase()} ${(element.textContent ?? '').trim().slice(0, 40)}`);
  });
  expect(outside).toEqual([]);
  await context.close();
});

test('lint results sit in a polite live region; keyboard focus is visible; tabs move with arrow keys', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  await openForm(page, formUrl);
  const summary = page.locator('#sm-lint-summary');
  expect(await summary.getAttribute('role')).toBe('status');
  expect(await summary.getAttribute('aria-live')).toBe('polite');
  await page.focus('#sm-title');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).toBe('solid 3px');
  await page.focus('#sm-tab-rendered');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sm-tab-raw');
  expect(await page.locator('#sm-panel-raw').isVisible()).toBe(true);
  await context.close();
});
