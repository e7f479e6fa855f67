import { frontmatterJsonSchema } from '@specmark/schema';
import { loadBuiltInTemplate, type Template } from '@specmark/template';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import type { Browser, Page } from 'playwright-core';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { frontmatterControls, type FrontmatterControl } from '../../src/editor/model/frontmatter-controls.ts';
import { watchPage } from './page-problems.ts';

/**
 * How long `expect.poll` waits for the form to react: the workers start on first use, and a busy
 * machine can take seconds to load them.
 */
export const settle = { timeout: 20_000, interval: 100 };

/** Path of the editor's page for the built-in template. */
export const specFormPath = '/editor/api-integration/';

/** The spec form's template. */
export function formTemplate(): Promise<Template> {
  return loadBuiltInTemplate('api-integration');
}

/** A form opened in its own browser context, with what it shows of itself recorded. */
export interface WatchedForm {
  /** The page. */
  page: Page;
  /** Messages of dialogs (`alert`, `confirm`) the page opened; each is dismissed. */
  dialogs: string[];
  /** The console errors, CSP violations and third-party requests seen so far. */
  problems: () => Promise<string[]>;
}

/**
 * Open the form in a fresh browser context (no saved draft), recording dialogs and page problems.
 *
 * @param browser The browser.
 * @param siteUrl The site's address (requests elsewhere are problems).
 * @param url The form's address (may carry a share fragment).
 * @returns The page and what it recorded.
 */
export async function openWatchedForm(browser: Browser, siteUrl: string, url: string): Promise<WatchedForm> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const problems = await watchPage(page, siteUrl);
  await openForm(page, url);
  return { page, dialogs, problems };
}

/**
 * Open the form and wait until it has loaded its draft (its fieldset is enabled).
 *
 * @param page The page.
 * @param url The form's address (may carry a share fragment).
 */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForForm(page);
}

/**
 * Wait until the form has loaded its draft (it starts with the page).
 *
 * @param page The page with the form.
 */
export async function waitForForm(page: Page): Promise<void> {
  await page.locator('.sm-answers:not([disabled])').waitFor();
}

/**
 * The raw Markdown shown in the preview, once the preview stops changing.
 *
 * @param page The page with the form.
 * @returns The Markdown.
 */
export async function previewMarkdown(page: Page): Promise<string> {
  let previous = '';
  for (;;) {
    await page.waitForTimeout(150);
    const current = (await page.locator('#sm-panel-raw code').textContent()) ?? '';
    if (current !== '' && current === previous) return current;
    previous = current;
  }
}

/**
 * Wait until the lint panel reports on the latest draft (it is busy while newer answers are
 * checked), and return its summary. The panel may be hidden behind the checks tab on a narrow
 * screen.
 *
 * @param page The page with the form.
 * @returns The summary text.
 */
export async function lintSummary(page: Page): Promise<string> {
  await page.waitForTimeout(100);
  await page.locator('.sm-lint[aria-busy="false"] #sm-lint-summary', { hasNotText: 'Checking' }).waitFor({ state: 'attached', timeout: settle.timeout });
  return (await page.locator('#sm-lint-summary').textContent()) ?? '';
}

/**
 * Every control of the form with its value, for comparing two forms.
 *
 * @param page The page with the form.
 * @returns `id=value` (or `id:checked`) lines in document order.
 */
export function formSnapshot(page: Page): Promise<string[]> {
  return page.$$eval('.sm-pane-form input, .sm-pane-form textarea, .sm-pane-form select', (elements) =>
    elements
      .filter((element) => element.id !== '' && !element.id.startsWith('sm-import') && element.id !== 'sm-share-url')
      .map((element) => {
        const input = element as HTMLInputElement;
        return input.type === 'checkbox' ? `${input.id}:${input.checked}` : `${input.id}=${input.value}`;
      }),
  );
}

/**
 * Fill every part of the form the way a person would, with answers that make a complete spec:
 * the title, the frontmatter inputs that have examples in the schema (with the first; an object's
 * inputs with its example's values; `api` left empty, as it names a file), every field, every gap of
 * every sentence frame, every question, and every checklist item (the first required one of
 * each checklist is waived with a reason instead).
 *
 * @param page The page with the form.
 * @param template The template.
 * @param title The spec's title.
 */
export async function fillEveryField(page: Page, template: Template, title: string): Promise<void> {
  await page.fill('#sm-title', title);
  const schema = frontmatterJsonSchema() as { properties: Record<string, { examples?: unknown[] }> };
  for (const control of frontmatterControls(schema)) {
    // `api` names a provider's description file: its example would point the spec at a file that is not there.
    if (control.key === 'api') continue;
    await fillControl(page, control, `#sm-fm-${control.key}`, schema.properties[control.key]?.examples?.[0]);
  }
  for (const field of template.fields) {
    const group = page.locator(`#sm-field-${field.slug}-group`);
    switch (field.kind) {
      case 'prose':
        await group.locator('textarea').fill(`The ${field.title.toLowerCase()} of the billing-worker service, stated plainly.`);
        break;
      case 'list': {
        const inputs = group.locator('input[type="text"]');
        for (let index = 0; index < (await inputs.count()); index += 1) await inputs.nth(index).fill(`${field.title} item ${index + 1} for the billing-worker service`);
        break;
      }
      case 'sentence-frames': {
        const inputs = group.locator('input[type="text"]');
        for (let index = 0; index < (await inputs.count()); index += 1) await inputs.nth(index).fill(`case ${index + 1} of the charge flow`);
        break;
      }
      case 'questions': {
        const answers = group.locator('textarea');
        for (let index = 0; index < (await answers.count()); index += 1) await answers.nth(index).fill(`The billing-worker service answers a 503 with 3 retries from 500 ms and skips a repeat by its event id (answer ${index + 1}).`);
        break;
      }
      case 'checklist': {
        const waive = group.getByRole('button', { name: /^Waive this item/ });
        if ((await waive.count()) > 0) {
          await waive.first().click();
          await group.getByLabel('Why it does not apply').fill('The billing-worker service stores nothing.');
        }
        const texts = group.locator('input[type="text"]:not([id$="-reason"])');
        for (let index = 0; index < (await texts.count()); index += 1) await texts.nth(index).fill(`Is point ${index + 1} settled with the provider? Yes, in the kickoff.`);
        const boxes = group.locator('input[type="checkbox"]');
        for (let index = 0; index < (await boxes.count()); index += 1) await boxes.nth(index).check();
        break;
      }
    }
  }
}

/** Fill one frontmatter input with a value (the schema's example), an object's inputs key by key. */
async function fillControl(page: Page, control: FrontmatterControl, id: string, example: unknown): Promise<void> {
  if (control.kind === 'group') {
    const value = (example ?? {}) as Record<string, unknown>;
    for (const inner of control.controls ?? []) await fillControl(page, inner, `${id}-${inner.key}`, value[inner.key]);
  } else if (control.kind === 'select') await page.selectOption(id, String(example ?? control.options[0]));
  else if (control.kind === 'multi') {
    for (const option of Array.isArray(example) ? example : [control.options[0]]) await page.check(`${id}-${String(option)}`);
  } else if (example !== undefined) await page.fill(id, Array.isArray(example) ? example.map(String).join(', ') : String(example));
}

/**
 * Lint a spec with the preset, as a docs repo would.
 *
 * @param markdown The spec.
 * @returns The messages, `line:column ruleId reason` each.
 */
export async function lintWithPreset(markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint);
  const file = new VFile({ value: markdown, path: 'spec.md' });
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
}
