import { expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { filledSpec } from './support/specs/filled-spec.ts';
import { formTemplate, lintSummary, openForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test('an imported guardrail in lower case with a final period is the template’s row, with its waive control, and counts as kept, as lint counts it', { timeout: 90_000 }, async () => {
  const template = await formTemplate();
  const field = template.fields.find((each) => each.kind === 'checklist' && each.items.some((item) => !item.prompt))!;
  const required = field.items.filter((item) => !item.prompt);
  const total = template.fields.flatMap((each) => (each.kind === 'checklist' ? each.items.filter((item) => !item.prompt) : [])).length;
  const item = required[1]!.text;
  const written = `${item.toLowerCase()}.`;
  const spec = filledSpec(template).replace(`- [x] ${item}\n`, `- [x] ${written}\n`);
  expect(spec).toContain(`- [x] ${written}\n`);

  const context = await browser().newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, siteUrl + specFormPath);
  await page.getByText('Import an existing spec').click();
  await page.fill('#sm-import-paste', spec);
  await page.getByRole('button', { name: 'Import pasted Markdown' }).click();
  await expect.poll(() => page.locator('.sm-notice').first().textContent(), settle).toContain('Imported the spec into the form.');

  // Every guardrail is a row of the template, with its waive control; the imported one keeps its words.
  const group = page.locator(`#sm-field-${field.slug}-group`);
  const waive = group.getByRole('button', { name: new RegExp(`^Waive this item\\W+${written.replace(/[().]/g, '\\$&')}$`) });
  expect(await group.getByRole('button', { name: /^Waive this item/ }).count()).toBe(required.length);
  expect(await waive.count()).toBe(1);
  expect(await group.getByRole('checkbox', { name: written, exact: true }).isChecked()).toBe(true);
  expect(await group.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
  const typed = await group.locator('input[type="text"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(typed).not.toContain(written);

  // Counted as kept, as the lint panel beside it (the preset) finds it kept.
  expect(await page.locator('#sm-guardrails').textContent()).toMatch(new RegExp(`^${total} of ${total} guardrails kept`));
  await lintSummary(page);
  expect((await page.locator('.sm-lint-list li').allTextContents()).filter((item) => item.includes('required-checklist-items'))).toEqual([]);
  expect(await previewMarkdown(page)).toContain(`- [x] ${written}\n`);

  // Waived without a reason it is not kept; with one it is, in the spec's own words.
  await waive.click();
  await expect.poll(() => page.locator('#sm-guardrails').textContent(), settle).toMatch(new RegExp(`^${total - 1} of ${total} guardrails kept`));
  await group.getByLabel('Why it does not apply').fill('No request bodies are logged anywhere.');
  await expect.poll(() => page.locator('#sm-guardrails').textContent(), settle).toMatch(new RegExp(`^${total} of ${total} guardrails kept`));
  expect(await previewMarkdown(page)).toContain(`- [x] ~~${written}~~ No request bodies are logged anywhere.\n`);
  expect(await problems()).toEqual([]);
  await context.close();
});
