import { readFile } from 'node:fs/promises';
import { ruleIds } from '@specmark/remark-preset-lint';
import { ruleDocs } from '@specmark/remark-preset-lint/docs';
import { frontmatterJsonSchema } from '@specmark/schema';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');

const browser = useBrowser();

test('every rule of the preset has documentation, so every rule gets a page', () => {
  expect(ruleDocs.map((docs) => docs.id).sort()).toEqual([...ruleIds].sort());
});

describe.each(ruleDocs.map((docs) => [docs.id, docs] as const))('/rules/%s/', (id, docs) => {
  test('shows the rule id, its summary, options and every example with its expected messages and repaired text', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${siteUrl}/rules/${id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe(id);
    const main = await page.locator('main').innerText();
    for (const option of docs.options) expect(main).toContain(option.name);
    const samples = await page.locator('.rule-example pre').allTextContents();
    for (const example of docs.examples) {
      expect(samples).toContain(example.input);
      if (example.output.length > 0) expect(samples).toContain(example.output.join('\n'));
      if (example.repaired !== undefined) expect(samples).toContain(example.repaired);
    }
    await context.close();
  });
});

test('the schema reference lists every key of the JSON Schema, nested keys included', async () => {
  const schema = frontmatterJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
  const keys = Object.entries(schema.properties).flatMap(([key, node]) => [key, ...Object.keys(node.properties ?? {}).map((child) => `${key}.${child}`)]);
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/reference/schema/`);
  const rows = await page.locator('tr[data-key]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key'), tr.children[1]?.textContent?.trim()]));
  expect(rows.map(([key]) => key)).toEqual(expect.arrayContaining(keys));
  expect(Object.fromEntries(rows)).toMatchObject(Object.fromEntries(schema.required.map((key) => [key, 'yes'])));
  // What a draft may leave out is required from the status the schema's rules name.
  expect(Object.fromEntries(rows)).toMatchObject({ title: 'from review on', owner: 'from review on', provider: 'from review on', environments: 'from review on', auth: 'from approved on' });
  await context.close();
});

test('schema.json on the site is the JSON Schema shipped in @specmark/schema', async () => {
  const shipped = JSON.parse(await readFile(new URL('../packages/schema/schema.json', import.meta.url), 'utf8')) as unknown;
  const response = await fetch(`${siteUrl}/reference/schema.json`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(shipped);
});

test('the command line page lists every command with its usage and every option as `--help` gives them', async () => {
  const { commands } = await import('specmark');
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/lint/cli/`);
  const tables = await page.locator('main table').evaluateAll((elements) =>
    elements.map((table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()))),
  );
  const main = await page.locator('main').innerText();
  expect(tables).toEqual(
    commands.map((command) => command.flags.map((flag) => [`${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`, flag.description.replaceAll('`', '')])),
  );
  for (const command of commands) expect(main).toContain(`specmark ${command.name} ${command.usage} [options]`);
  expect(main).toContain('--environments <list>');
  await context.close();
});
