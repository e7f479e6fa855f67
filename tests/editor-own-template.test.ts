import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import { parseTemplate, renderSpec, slugify, TemplateError, type Template } from '@specmark/template';
import type { Page } from 'playwright-core';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, inject, test } from 'vitest';
import { formMessages } from '../src/editor/form-messages.ts';
import { xssLine } from './spec-form-xss-payloads.ts';
import { wcagViolations } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { fillEveryField, lintSummary, previewMarkdown, settle, waitForForm } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const editorUrl = `${siteUrl}/editor/`;
const templatePath = fileURLToPath(new URL('fixtures/templates/vendor-onboarding.md', import.meta.url));
const templateText = await readFile(templatePath, 'utf8');
const template = parseTemplate(templateText, { path: 'vendor-onboarding.md' });
const cli = fileURLToPath(new URL('../packages/cli/bin/specmark.js', import.meta.url));
const browser = useBrowser();

/** Open a template file through the file input, once the editor has started and takes one. */
async function openTemplateFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.locator('.sm-own-picker:not([disabled])').waitFor({ timeout: settle.timeout });
  await page.setInputFiles('#sm-template-file', { name, mimeType: 'text/markdown', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

/** Lint a spec with the preset configured with a template, as a docs repo would: the messages in document order. */
async function lintWith(spec: string, model: Template): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint, { template: model });
  const file = new VFile({ value: spec, path: 'spec.md' });
  await processor.run(processor.parse(file), file);
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((message) => message.reason);
}

/** Run `specmark check` on a file in a folder of its own, with a configuration (or none). */
async function specmarkCheck(spec: string, config: Record<string, unknown> | undefined): Promise<{ code: number; output: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'specmark-own-template-'));
  try {
    await writeFile(join(folder, 'spec.md'), spec);
    await copyFile(templatePath, join(folder, 'vendor-onboarding.md'));
    if (config) await writeFile(join(folder, 'specmark.config.json'), JSON.stringify(config));
    const result = await promisify(execFile)(process.execPath, [cli, 'check', 'spec.md', '--no-color'], { cwd: folder }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    return result;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test('a team template opened from a file gives its own fields, its own lint messages, and a download that `specmark check` accepts with that template configured', async () => {
  const context = await browser().newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await page.goto(editorUrl);
  await openTemplateFile(page, 'vendor-onboarding.md', templateText);
  await waitForForm(page);
  expect((await page.locator('.sm-template-bar [role="status"]').textContent())?.trim()).toBe(formMessages.templateLoaded('vendor-onboarding.md', template.title, template.version));

  // Its own fields, and none of the built-in template's.
  for (const field of template.fields) expect(await page.locator(`#sm-field-${field.slug}-group`).count(), field.slug).toBe(1);
  expect(await page.locator('[id^="sm-field-"][id$="-group"]').count()).toBe(template.fields.length);
  expect(await page.locator('#sm-field-problem-group').count()).toBe(0);
  expect(await page.locator('#sm-panel-rendered h1').textContent()).toBe(template.titlePrompt);

  // Its own lint messages: what the preset says of the same spec with this template.
  await lintSummary(page);
  const shown = await page.locator('.sm-lint-list li').allTextContents();
  const expected = await lintWith(await previewMarkdown(page), template);
  expect(expected.some((reason) => reason.includes('[Why we need this vendor'))).toBe(true);
  expect(shown.map((item) => item.replace(/^[^:]+: /, '').replace(/ \(line \d+:\d+.*\)$/, ''))).toEqual(expected);

  const title = 'Acme Analytics for product usage reports';
  await fillEveryField(page, template, title);
  expect(await lintSummary(page)).toBe('No lint messages: the spec passes the preset.');
  expect(await page.locator('#sm-guardrails').textContent()).toMatch(/^2 of 2 guardrails kept/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download / }).click()]);
  expect(download.suggestedFilename()).toBe(`${slugify(title)}.md`);
  const spec = await readFile((await download.path()) as string, 'utf8');
  expect(spec).toBe(await previewMarkdown(page));
  expect(spec).toMatch(/^---\ntemplate: vendor-onboarding\ntemplateVersion: 2\n/);
  const checked = await specmarkCheck(spec, { template: './vendor-onboarding.md' });
  expect(checked).toEqual({ code: 0, output: expect.not.stringMatching(/error|warning/) });
  // Without the template configured, the same file names a template `specmark` does not know.
  expect((await specmarkCheck(spec, undefined)).code).toBe(1);
  expect(await problems()).toEqual([]);

  // Reloading opens the same template again, with the draft.
  await page.reload();
  await waitForForm(page);
  expect(await page.inputValue('#sm-title')).toBe(title);
  expect(await page.locator('.sm-template-bar').textContent()).toContain('vendor-onboarding.md');

  // The share link carries the template: a browser that has neither opens both.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('#sm-share-url').inputValue();
  expect(link).toMatch(/\/editor\/#template=[\w-]+&draft=[\w-]+$/);
  await expect.poll(async () => (await page.locator('.sm-notice').last().textContent())?.trim(), settle).toBe(formMessages.shareCopiedWithTemplate);
  const other = await browser().newContext({ viewport: { width: 1440, height: 900 } });
  const shared = await other.newPage();
  const sharedProblems = await watchPage(shared, siteUrl);
  await shared.goto(link);
  await expect.poll(() => shared.locator('#sm-title').inputValue().catch(() => ''), settle).toBe(title);
  expect(await previewMarkdown(shared)).toBe(spec);
  expect(new URL(shared.url()).hash).toBe('');
  expect(await sharedProblems()).toEqual([]);
  await other.close();
  await context.close();
}, 120_000);

test('a template too long for a link: the link carries the draft alone and says so; it asks for the template, then shows the draft', async () => {
  // A template whose two prompts are 27 KB each of text that does not compress (each block within
  // the 32,768 characters parsed without a blank line).
  const long = templateText
    .replace('[Why we need this vendor, and what we stop doing ourselves.]', `[Why we need this vendor: ${randomBytes(20_000).toString('base64')}]`)
    .replace('[How we take our data back and switch the vendor off.]', `[How we leave: ${randomBytes(20_000).toString('base64')}]`);
  const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(editorUrl);
  await openTemplateFile(page, 'vendor-onboarding.md', long);
  await waitForForm(page);
  await page.fill('#sm-title', 'Acme Analytics');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('#sm-share-url').inputValue();
  expect(link).toMatch(/\/editor\/#draft=[\w-]+$/);
  await expect.poll(() => page.locator('.sm-notice').last().textContent(), settle).toMatch(/^Share link copied, without your template: with it the link would be \d+ KB, longer than browsers accept \(32 KB\)\./);

  const other = await browser().newContext();
  const shared = await other.newPage();
  await shared.goto(link);
  await expect.poll(() => shared.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.templateNeeded(template.id));
  await openTemplateFile(shared, 'vendor-onboarding.md', long);
  await expect.poll(() => shared.locator('#sm-title').inputValue().catch(() => ''), settle).toBe('Acme Analytics');
  await other.close();
  await context.close();
}, 120_000);

test('a template with problems is refused, each problem at its line as the command line reports it', async () => {
  const broken = [
    '---',
    'id: vendor-onboarding',
    'title: Vendor Onboarding',
    '---',
    '',
    '### Before any section',
    '',
    '[A prompt]',
    '',
    '# [vendor name]',
    '',
    '## The vendor',
    '',
    '#### Too deep',
    '',
    '### Purpose',
    '',
    '[Why]',
    '',
    '### Purpose',
    '',
    '[Again]',
    '',
  ].join('\n');
  let reported: string[] = [];
  try {
    parseTemplate(broken, { path: 'broken-template.md' });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    reported = error.message.split('\n');
  }
  expect(reported.length).toBeGreaterThanOrEqual(4);

  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await page.goto(editorUrl);
  await openTemplateFile(page, 'broken-template.md', broken);
  const items = page.locator('.sm-problem-list > li');
  await expect.poll(() => items.count(), settle).toBe(reported.length);
  const lines = await items.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelector('pre')?.remove();
      return copy.textContent ?? '';
    }),
  );
  expect(lines).toEqual(reported);
  expect(await page.locator('[role="alert"] .sm-notice').textContent()).toBe(formMessages.templateProblems('broken-template.md', reported.length));
  // Each problem shows the line it is on.
  expect(await items.nth(reported.findIndex((line) => line.includes(':14:'))).locator('pre').textContent()).toBe('14 | #### Too deep');
  expect(await page.locator('.sm-layout').count()).toBe(0);
  expect(await wcagViolations(page)).toEqual([]);

  // Pasted, the same template is named as pasted.
  await page.fill('#sm-template-paste', broken);
  await page.getByRole('button', { name: 'Use the pasted template' }).click();
  await expect.poll(() => page.locator('.sm-problem-place').first().textContent(), settle).toMatch(/^pasted-template\.md:\d+:\d+$/);

  // An empty file is a template with nothing in it; an odd, long file name is shortened in messages.
  const odd = `${'a very long name '.repeat(8)}\u0007.md`;
  await openTemplateFile(page, odd, '');
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.templateProblems(odd, 2));
  expect(await items.allTextContents()).toEqual([
    `${odd}:1:1: Unexpected template without frontmatter, expected YAML frontmatter with \`id\` and \`version\``,
    `${odd}:1:1: Unexpected template without a \`#\` heading, expected a \`#\` heading with the prompt for the feature name`,
  ]);

  // Files that are not UTF-8 Markdown, or too large, are refused before they are read as templates.
  await openTemplateFile(page, 'huge.md', Buffer.alloc(1_000_001, 0x61));
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.fileProblem('huge.md', 'too-large'));
  await openTemplateFile(page, 'latin-1.md', Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.fileProblem('latin-1.md', 'not-utf8'));
  await page.setInputFiles('#sm-template-file', { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect.poll(() => page.locator('[role="alert"] .sm-notice').textContent(), settle).toBe(formMessages.fileProblem('logo.png', 'not-markdown'));
  expect(await problems()).toEqual([]);
  await context.close();
}, 120_000);

test('a template dropped on the page, with a byte order mark and CRLF line endings, gives its form, and the editor has no WCAG 2.2 AA violations', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(editorUrl);
  expect(await wcagViolations(page)).toEqual([]);
  const windows = `\uFEFF${templateText.replace(/\n/g, '\r\n')}`;
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'vendor-onboarding.md', { type: 'text/markdown' }));
    return transfer;
  }, windows);
  await page.locator('.sm-own-picker').waitFor();
  await page.locator('.sm-own-picker:not([disabled])').waitFor();
  await page.dispatchEvent('.sm-own', 'drop', { dataTransfer: drop });
  await waitForForm(page);
  expect(await page.locator('[id^="sm-field-"][id$="-group"]').count()).toBe(template.fields.length);
  const markdown = await previewMarkdown(page);
  expect(markdown).toBe(renderSpec(template, { frontmatter: { template: template.id, templateVersion: template.version }, fields: {} }));
  await lintSummary(page);
  expect(await wcagViolations(page)).toEqual([]);

  // "Open another template" goes back to the picker; the draft stays saved for this template.
  await page.fill('#sm-title', 'Kept while away');
  await page.getByRole('button', { name: 'Open another template' }).click();
  await page.locator('#sm-template-file').waitFor();
  await openTemplateFile(page, 'vendor-onboarding.md', templateText);
  await expect.poll(() => page.locator('#sm-title').inputValue().catch(() => ''), settle).toBe('Kept while away');
  await context.close();
}, 120_000);

test('a template whose titles and prompts carry markup shows them as text: nothing runs, in the form or the preview', async () => {
  const hostile = templateText
    .replace('title: Vendor Onboarding', `title: ${JSON.stringify(xssLine)}`)
    .replace('## The vendor', `## The vendor ${xssLine}`)
    .replace('### Purpose', `### Purpose ${xssLine}`)
    .replace('[Why we need this vendor, and what we stop doing ourselves.]', `[Why: ${xssLine}]`);
  const model = parseTemplate(hostile, { path: 'hostile.md' });
  const context = await browser().newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(editorUrl);
  await openTemplateFile(page, 'hostile.md', hostile);
  await waitForForm(page);
  const purpose = model.fields[0]!;
  expect(await page.locator(`label[for="sm-field-${purpose.slug}"]`).textContent()).toBe(purpose.title);
  expect(await page.locator('.sm-template-bar strong').textContent()).toBe(model.title);
  await page.fill(`#sm-field-${purpose.slug}`, xssLine);
  await lintSummary(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.title()).not.toBe('xss');
  expect(dialogs).toEqual([]);
  expect(await page.locator('.sm-rendered script, .sm-rendered img[onerror], .sm-rendered iframe, .sm-rendered [href^="javascript:"], .sm-rendered svg').count()).toBe(0);
  expect(await problems()).toEqual([]);
  await context.close();
}, 120_000);
