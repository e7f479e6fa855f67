import { readdir, readFile } from 'node:fs/promises';
import { loadBuiltInTemplate, parseSpec, renderSpec, type Answers } from '@specmark/template';
import { describe, expect, inject, test } from 'vitest';
import { decodeShareFragment } from '../src/editor/draft/share-link.ts';
import { useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const examplesDir = new URL('../content/examples/', import.meta.url);
const slugs = (await readdir(examplesDir)).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
const template = await loadBuiltInTemplate('api-integration');

const browser = useBrowser();

test('the examples page links to every example', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/examples/`);
  const hrefs = await page.locator('.example-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(slugs.map((slug) => `/examples/${slug}/`));
  await context.close();
});

describe.each(slugs)('/examples/%s/', (slug) => {
  test('shows the spec, with its title and every field heading, and a download link that serves the file as it is', async () => {
    const markdown = await readFile(new URL(`${slug}.md`, examplesDir), 'utf8');
    const { answers } = parseSpec(template, markdown);
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/examples/${slug}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(answers.title);
    const headings = await page.locator('.rendered-spec h2, .rendered-spec h3').allInnerTexts();
    expect(headings).toEqual(template.sections.flatMap((section) => [section.title, ...section.fields.map((field) => field.title)]));
    expect(await page.locator(`pre#spec-source-${slug}`).textContent()).toBe(markdown);
    const link = page.getByRole('link', { name: `Download ${slug}.md` });
    expect(await link.getAttribute('download')).toBe(`${slug}.md`);
    const response = await fetch(new URL((await link.getAttribute('href')) ?? '', siteUrl));
    expect(await response.text()).toBe(markdown);
    await context.close();
  });

  test('copies the Markdown to the clipboard', async () => {
    const markdown = await readFile(new URL(`${slug}.md`, examplesDir), 'utf8');
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/examples/${slug}/`);
    await page.getByRole('button', { name: 'Copy the Markdown' }).click();
    await expect.poll(() => page.locator('.copy-status').first().innerText()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    await context.close();
  });

  test('"Open in the editor" carries the whole spec to the editor in the URL fragment', async () => {
    const markdown = await readFile(new URL(`${slug}.md`, examplesDir), 'utf8');
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/examples/${slug}/`);
    const href = (await page.getByRole('link', { name: 'Open in the editor' }).getAttribute('href')) ?? '';
    const url = new URL(href, siteUrl);
    expect(url.pathname).toBe('/editor/api-integration/');
    const envelope = (await decodeShareFragment(url.hash)) as { v: number; template: string; answers: Answers };
    expect(envelope.template).toBe('api-integration');
    expect(renderSpec(template, envelope.answers)).toBe(markdown);
    await context.close();
  });
});
