import { deflateRawSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { draftStorageKey, unreadableDraftKey } from '../src/editor/draft/autosave.ts';
import { formMessages } from '../src/editor/form-messages.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { formTemplate, openForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();
const key = draftStorageKey('api-integration');
const asideKey = unreadableDraftKey('api-integration');

/** A stored draft around answers, as the form writes it. */
function stored(answers: unknown, envelope: Record<string, unknown> = {}): string {
  return JSON.stringify({ v: 1, template: 'api-integration', answers, tab: 'another-tab', savedAt: 1, ...envelope });
}

/** Raw DEFLATE and base64url, as share links carry data, for any text. */
function fragmentOf(text: string): string {
  return 'draft=' + deflateRawSync(Buffer.from(text)).toString('base64url');
}

const notJson = 'This share link could not be read, so your own draft is unchanged: ';
const unreadable = (reason: string) => formMessages.storedBroken(reason);

/** Hand-edited or damaged drafts in local storage, and what the form must say about each. */
const storedCases: [name: string, text: string, message: string][] = [
  ['cut short', stored({ title: 'Half a draft', fields: {} }).slice(0, 30), unreadable('Unexpected text that is not JSON (cut short or edited by hand), expected a Specmark draft')],
  ['not an object', '[1, 2, 3]', unreadable('Unexpected data, expected a Specmark draft')],
  ['a newer format', stored({ fields: {} }, { v: 2 }), unreadable('Unexpected draft format 2, expected format 1 (a newer version of this page may have saved it)')],
  ['another template', stored({ fields: {} }, { template: 'runbook' }), unreadable('Unexpected template `runbook`, expected `api-integration`')],
  ['a long template id', stored({ fields: {} }, { template: 'x'.repeat(5000) }), unreadable(`Unexpected template \`${'x'.repeat(59)}…\`, expected \`api-integration\``)],
  ['a field of the wrong shape', stored({ fields: { problem: 42 } }), unreadable('Unexpected value at `problem`, expected text')],
  ['an unknown field', stored({ fields: { 'no-such-field': 'x' } }), unreadable('Unexpected field `no-such-field`, expected a field of the template')],
  ['a __proto__ field', '{"v":1,"template":"api-integration","answers":{"fields":{"__proto__":{"polluted":true}}}}', unreadable('Unexpected key `__proto__` in `answers.fields`, expected plain draft data')],
  ['a __proto__ frontmatter key', '{"v":1,"template":"api-integration","answers":{"frontmatter":{"owner":"me","__proto__":{"polluted":true}},"fields":{}}}', unreadable('Unexpected key `__proto__` in `answers.frontmatter`, expected plain draft data')],
];

/** Open the form with text in its storage key (set before the page's scripts run), recording problems. */
async function withStored(text: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const context = await browser().newContext();
  await context.addInitScript(
    ([storageKey, value]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(storageKey!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, text],
  );
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, formUrl);
  return { page, problems };
}

test(`a damaged saved draft is named, not loaded, and kept aside so saving does not overwrite it (${storedCases.length} cases)`, async () => {
  for (const [name, text, message] of storedCases) {
    const { page, problems } = await withStored(text);
    await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(`${message} ${formMessages.storedBrokenAction}`);
    expect(await page.inputValue('#sm-title'), name).toBe('');
    // The form saves its own (blank, then edited) draft; the damaged one stays where it was put.
    await page.fill('#sm-title', 'New work');
    await expect.poll(() => page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? '{}').answers?.title, key), settle).toBe('New work');
    expect(await page.evaluate((storageKey) => localStorage.getItem(storageKey), asideKey), name).toBe(text);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted), name).toBeUndefined();
    expect(await problems(), name).toEqual([]);
    await page.context().close();
  }
}, 120_000);

test('the kept-aside text can be downloaded, byte for byte', async () => {
  const text = stored({ title: 'Half a draft', fields: {} }).slice(0, 40);
  const { page } = await withStored(text);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: formMessages.storedBrokenAction }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('api-integration-saved-draft.json');
  expect(await readFile((await file.path())!, 'utf8')).toBe(text);
  await page.context().close();
});

test('a damaged saved draft too large to keep aside is not saved over until the person downloads it', async () => {
  const text = stored({ fields: {} }, { template: 'x'.repeat(3_000_000) });
  const { page, problems } = await withStored(text);
  const reason = `Unexpected template \`${'x'.repeat(59)}…\`, expected \`api-integration\``;
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(`${formMessages.storedBrokenNotKept(reason)} ${formMessages.storedBrokenAction}`);
  await page.fill('#sm-title', 'New work');
  await page.waitForTimeout(500);
  expect(await page.evaluate((storageKey) => localStorage.getItem(storageKey) === null, asideKey)).toBe(true);
  expect(await page.evaluate(([storageKey, length]) => localStorage.getItem(storageKey!)?.length === length, [key, text.length] as const)).toBe(true);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: formMessages.storedBrokenAction }).click();
  expect((await readFile((await (await download).path())!, 'utf8')).length).toBe(text.length);
  await expect.poll(() => page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? '{}').answers?.title, key), settle).toBe('New work');
  expect(await problems()).toEqual([]);
  await page.context().close();
}, 60_000);

test('odd but readable saved drafts load without breaking the form: huge text, mappings in frontmatter', async () => {
  const template = await formTemplate();
  const prose = template.fields.find((field) => field.kind === 'prose')!;
  const huge = 'Long text. '.repeat(100_000);
  const { page, problems } = await withStored(stored({ title: 'Odd draft', frontmatter: { owner: { toString: 1, name: 'team' }, provider: ['Stripe', { valueOf: 2 }], environments: ['sandbox', { toString: 1 }] }, fields: { [prose.slug]: huge } }));
  await expect.poll(() => page.inputValue('#sm-title'), settle).toBe('Odd draft');
  expect(await page.inputValue('#sm-fm-owner')).toBe('{"toString":1,"name":"team"}');
  expect(await page.inputValue('#sm-fm-provider')).toBe('Stripe, {"valueOf":2}');
  expect(await page.isChecked('#sm-fm-environments-sandbox')).toBe(true);
  expect((await page.inputValue(`#sm-field-${prose.slug}`)).length).toBe(huge.length);
  expect(await previewMarkdown(page)).toContain('owner:\n  toString: 1\n  name: team\n');
  expect(await problems()).toEqual([]);
  await page.context().close();
}, 60_000);

test('a damaged share link is named and leaves the saved draft and the form as they were (8 cases)', async () => {
  const formTemplateModel = toFormTemplate(await formTemplate());
  const valid = await encodeShareFragment(draftEnvelope(formTemplateModel, { title: 'Shared', fields: {} }));
  const cases: [name: string, fragment: string, reason: string][] = [
    ['cut short', valid.slice(0, -12), formMessages.shareCorrupt],
    ['not base64url', 'draft=%%%not*base64', formMessages.shareCorrupt],
    ['compressed text that is not JSON', fragmentOf('{"v":1,"template":"api-integ'), formMessages.shareCorrupt],
    ['JSON of the wrong shape', fragmentOf(JSON.stringify({ v: 1, template: 'api-integration', answers: { fields: { problem: ['a list'] } } })), 'Unexpected value at `problem`, expected text'],
    ['a newer format', fragmentOf(JSON.stringify({ v: 3, template: 'api-integration', answers: { fields: {} } })), 'Unexpected draft format 3, expected format 1 (a newer version of this page may have saved it)'],
    ['another template', fragmentOf(JSON.stringify({ v: 1, template: 'runbook', answers: { fields: {} } })), 'Unexpected template `runbook`, expected `api-integration`'],
    ['__proto__', fragmentOf('{"v":1,"template":"api-integration","answers":{"fields":{},"frontmatter":{"__proto__":{"polluted":1}}}}'), 'Unexpected key `__proto__` in `answers.frontmatter`, expected plain draft data'],
    ['larger than a draft can be', fragmentOf(JSON.stringify({ v: 1, template: 'api-integration', answers: { title: 'x'.repeat(2_500_000), fields: {} } })), formMessages.shareCorrupt],
  ];
  const context = await browser().newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, formUrl);
  await page.fill('#sm-title', 'My own draft');
  await expect.poll(() => page.evaluate((storageKey) => localStorage.getItem(storageKey), key), settle).toContain('My own draft');
  const saved = await page.evaluate((storageKey) => localStorage.getItem(storageKey), key);
  for (const [name, fragment, reason] of cases) {
    await openForm(page, `${formUrl}#${fragment}`);
    await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(`${notJson}${reason}.`);
    expect(await page.inputValue('#sm-title'), name).toBe('My own draft');
    await page.waitForTimeout(300);
    expect(await page.evaluate((storageKey) => localStorage.getItem(storageKey), key), name).toBe(saved);
    expect(await page.evaluate(() => location.hash), name).toBe('');
  }
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await problems()).toEqual([]);
  await context.close();
}, 120_000);
