import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { formMessages } from '../src/editor/form-messages.ts';
import { launchBrowser } from './support/browser.ts';
import { formTemplate, openForm, previewMarkdown, specFormPath, settle } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  context = await browser.newContext();
  const page = await context.newPage();
  await openForm(page, formUrl);
  return page;
}

test('list items are added, reordered by keyboard and removed; focus follows the moved item', async () => {
  const page = await freshPage();
  const field = (await formTemplate()).fields.find((each) => each.kind === 'list')!;
  const id = `sm-field-${field.slug}`;
  await page.fill(`#${id}`, 'first');
  await page.fill(`#${id}-1`, 'second');
  await page.focus(`#${id}-0-down`);
  await page.keyboard.press('Enter');
  expect(await page.inputValue(`#${id}`)).toBe('second');
  expect(await page.inputValue(`#${id}-1`)).toBe('first');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe(`${id}-1-down`);
  await page.getByRole('button', { name: `Add to ${field.title}` }).click();
  const added = `${id}-${field.items.length}`;
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe(added);
  await page.keyboard.type('third');
  await page.getByRole('button', { name: `Remove ${field.title}, item 2` }).click();
  const rows = await page.locator(`#${id}-group input[type="text"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(rows).toEqual(['second', ...Array(field.items.length - 2).fill(''), 'third']);
  expect(await previewMarkdown(page)).toContain(`### ${field.title}\n\n- second\n- third\n`);
  await context.close();
});

test('required checklist items cannot be removed, only waived with a reason', async () => {
  const page = await freshPage();
  const field = (await formTemplate()).fields.find((each) => each.kind === 'checklist' && each.items.some((item) => !item.prompt))!;
  const group = page.locator(`#sm-field-${field.slug}-group`);
  const required = field.items.filter((item) => !item.prompt);
  expect(await group.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
  expect(await group.getByRole('button', { name: /^Waive this item/ }).count()).toBe(required.length);
  await group.getByRole('button', { name: /^Waive this item/ }).first().click();
  await group.getByLabel('Why it does not apply').fill('No credentials: the API is public.');
  expect(await previewMarkdown(page)).toContain(`- [ ] ~~${required[0]!.text}~~ No credentials: the API is public.\n`);
  await group.getByRole('button', { name: /^Keep this item/ }).click();
  expect(await previewMarkdown(page)).toContain(`### ${field.title}\n\n- [ ] ${required[0]!.text}\n`);
  await context.close();
});

test('start over clears the form, and undo brings the draft back', async () => {
  const page = await freshPage();
  await page.fill('#sm-title', 'Twilio SMS notifications');
  await page.getByRole('button', { name: 'Start over' }).click();
  expect(await page.inputValue('#sm-title')).toBe('');
  expect(await page.locator('.sm-notice').first().textContent()).toBe(`${formMessages.startedOver} Undo`);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await page.inputValue('#sm-title')).toBe('Twilio SMS notifications');
  await context.close();
});

test('a second tab editing the same draft is noticed: saving pauses until the person chooses', async () => {
  const first = await freshPage();
  const second = await context.newPage();
  await openForm(second, formUrl);
  await first.fill('#sm-title', 'Written in the first tab');
  await expect.poll(() => second.locator('#sm-other-tab').textContent(), settle).toContain(formMessages.otherTab);
  await second.fill('#sm-title', 'Written in the second tab');
  await second.waitForTimeout(200);
  const stored = await second.evaluate(() => JSON.parse(localStorage.getItem('specmark:draft:api-integration') ?? '{}').answers?.title);
  expect(stored).toBe('Written in the first tab');
  await second.getByRole('button', { name: 'Load the other tab’s version' }).click();
  expect(await second.inputValue('#sm-title')).toBe('Written in the first tab');
  expect(await second.locator('#sm-other-tab').count()).toBe(0);
  await context.close();
});

test('a full storage quota shows a visible message and keeps what was typed', async () => {
  context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await openForm(page, formUrl);
  await page.fill('#sm-title', 'Salesforce to warehouse sync');
  expect(await page.locator('#sm-save-problem').textContent()).toBe(formMessages.quota);
  expect(await page.inputValue('#sm-title')).toBe('Salesforce to warehouse sync');
  await context.close();
});

test('a spec file opened or dropped fills the form; a file that is not Markdown is refused', async () => {
  const page = await freshPage();
  const template = await formTemplate();
  const markdown = `# GitHub webhooks into the deploy service\n\n## ${template.sections[0]!.title}\n\n### ${template.fields[0]!.title}\n\nDeploys wait for a person to click.\n`;
  await page.getByText('Import an existing spec').click();
  await page.setInputFiles('#sm-import-file', { name: 'github-webhooks.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await expect.poll(() => page.inputValue('#sm-title'), settle).toBe('GitHub webhooks into the deploy service');
  expect(await page.inputValue(`#sm-field-${template.fields[0]!.slug}`)).toBe('Deploys wait for a person to click.');
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'slack-app.md', { type: 'text/markdown' }));
    return transfer;
  }, markdown.replace('GitHub webhooks into the deploy service', 'Slack app for approvals'));
  await page.dispatchEvent('.sm-form', 'drop', { dataTransfer: drop });
  await expect.poll(() => page.inputValue('#sm-title'), settle).toBe('Slack app for approvals');
  await page.setInputFiles('#sm-import-file', { name: 'diagram.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.importNotText('diagram.png'));
  // Bytes that are not UTF-8 are refused, not replaced: nothing in the form changes.
  await page.setInputFiles('#sm-import-file', { name: 'latin-1.md', mimeType: 'text/markdown', buffer: Buffer.from('# Caf\xe9 ordering\n', 'latin1') });
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.fileProblem('latin-1.md', 'not-utf8'));
  expect(await page.inputValue('#sm-title')).toBe('Slack app for approvals');
  await context.close();
});

test('a long paste and Markdown slow to render reach the preview, and typing after them still updates it', async () => {
  const page = await freshPage();
  const rendered = page.locator('#sm-panel-rendered');
  const long = 'A long pasted paragraph about retries and idempotency keys. '.repeat(120);
  await page.fill('#sm-field-problem', `${long}Pasted end.`);
  await expect.poll(() => rendered.textContent(), settle).toContain('Pasted end.');
  await page.fill('#sm-field-who-this-is-for', `${'*_'.repeat(1500)} slow end`);
  await expect.poll(() => rendered.textContent(), settle).toContain('slow end');
  await page.locator('#sm-field-who-this-is-for').press('End');
  await page.keyboard.type(' typed');
  await expect.poll(() => rendered.textContent(), settle).toContain('slow end typed');
  await page.fill('#sm-title', 'Typed after');
  await expect.poll(() => rendered.locator('h1').textContent(), settle).toBe('Typed after');
  await context.close();
});
