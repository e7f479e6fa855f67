import { blankSpec, loadBuiltInTemplate, promptsIn, readPromptHint } from '@specmark/template';
import { expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const pageUrl = `${siteUrl}/templates/api-integration/`;
const template = await loadBuiltInTemplate('api-integration');

const browser = useBrowser();

test('without JavaScript, the page shows every section and field of the template model, in order, each with its prompt and guidance', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl);
  const headings = await page.locator('.template-section h2, .template-field h3').allInnerTexts();
  expect(headings).toEqual(template.sections.flatMap((section) => [section.title, ...section.fields.map((field) => field.title)]));
  for (const field of template.fields) {
    const prompt = page.locator(`[data-prompt-for="${field.slug}"]`);
    const expected = field.kind === 'prose' ? [field.prompt] : field.items.map((item) => item.text);
    for (const text of expected) await expect(prompt.innerText()).resolves.toContain(text);
    // The `e.g.` examples are marked as examples: what the spec illustrates, not what it says.
    const examples = expected.flatMap((text) => promptsIn(text)).flatMap((text) => readPromptHint(text).examples);
    expect(await prompt.locator('.prompt-example').allInnerTexts(), field.slug).toEqual(examples);
    const guidance = (await page.locator(`[data-guidance-for="${field.slug}"]`).innerText()).trim();
    expect(guidance, `guidance for ${field.slug}`).toMatch(/^Why it matters:[\s\S]+A good answer/);
  }
  expect(await page.locator('[data-prompt-for] .prompt-example').count()).toBeGreaterThan(0);
  await context.close();
});

test('without JavaScript, the blank template is on the page and its download link serves the same Markdown', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl);
  const blank = blankSpec(template);
  expect(await page.locator('pre#blank-spec-api-integration').textContent()).toBe(blank);
  const link = page.getByRole('link', { name: 'Download the blank template (.md)' });
  expect(await link.getAttribute('download')).toBe('api-integration-spec.md');
  const response = await fetch(new URL((await link.getAttribute('href')) ?? '', pageUrl));
  expect(response.headers.get('content-type')).toContain('text/markdown');
  expect(await response.text()).toBe(blank);
  await expect(page.locator('button.copy-button').isHidden()).resolves.toBe(true);
  await context.close();
});

test('the copy button copies the blank template and says so', async () => {
  const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.getByRole('button', { name: 'Copy the blank template' }).click();
  await expect.poll(() => page.locator('.copy-status').first().innerText()).toBe('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(blankSpec(template));
  await context.close();
});

test('the table of contents lists every section and field of the template', async () => {
  const context = await browser().newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(pageUrl);
  const entries = await page.locator('starlight-toc nav a').allInnerTexts();
  for (const section of template.sections) {
    expect(entries).toContain(section.title);
    for (const field of section.fields) expect(entries).toContain(field.title);
  }
  const href = await page.locator('starlight-toc nav a', { hasText: template.fields[0]?.title ?? '' }).first().getAttribute('href');
  expect(href).toBe(`#${template.fields[0]?.slug}`);
  await expect(page.locator(`h3#${template.fields[0]?.slug}`).count()).resolves.toBe(1);
  await context.close();
});
