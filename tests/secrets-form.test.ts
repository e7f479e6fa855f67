import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { credentials } from './fixtures/secrets/credentials.ts';
import { secretsCorpus } from './fixtures/secrets/corpus.ts';
import { leaks } from './fixtures/secrets/leaks.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { lintSummary, openForm, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test('an imported spec full of credentials: the checks name each one redacted, and the page shows none outside what the person typed', async () => {
  const corpus = secretsCorpus();
  const context = await browser().newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, siteUrl + specFormPath);
  await page.getByText('Import an existing spec').click();
  await page.fill('#sm-import-paste', corpus.markdown);
  await page.getByRole('button', { name: 'Import pasted Markdown' }).click();
  await expect.poll(() => page.locator('.sm-notice').first().textContent(), settle).toContain('Imported the spec into the form.');
  await lintSummary(page);

  const lint = (await page.locator('.sm-lint-list').textContent()) ?? '';
  expect(leaks(lint)).toEqual([]);
  // Each placed credential is named in the checks, shown as its first four characters and `…`.
  const items = await page.locator('.sm-lint-list li').allTextContents();
  const about = items.filter((item) => item.includes('expected no credential in the spec') || item.includes('looks like a secret'));
  const redacted = about.map((item) => /Unexpected (?:value that looks like a secret \(|[A-Za-z ()]+ )`([^`]*)…`/.exec(item)?.[1] ?? item);
  const allowed = new Set(credentials.flatMap((credential) => [credential.shown, credential.inline.slice(0, 4)]));
  expect(redacted.filter((text) => !allowed.has(text))).toEqual([]);
  expect(redacted.length).toBe(corpus.occurrences.length + credentials.length);

  // Everything else on the page: its text and every attribute, leaving out the person's own
  // inputs, the preview of their spec and the parts of their file kept as written.
  const shown = await page.evaluate(() => {
    const own = '.sm-rendered, .sm-raw, #sm-extras pre, input, textarea';
    const parts: string[] = [document.title];
    for (const element of document.querySelectorAll('*')) {
      if (element.closest(own)) continue;
      for (const attribute of element.attributes) parts.push(attribute.value);
      for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    }
    return parts.join('\n');
  });
  expect(leaks(shown)).toEqual([]);
  expect(await problems()).toEqual([]);
  await context.close();
}, 90_000);

test('the lint panel shows no secret and no control character that a rule quotes from the spec (an open question)', async () => {
  const token = ['xoxb', '2048', '4096', 'Zq8rTn3WvLp6YsKd1HbXc9Mf'].join('-');
  const example = readFileSync(new URL('../content/examples/stripe-payment-intents.md', import.meta.url), 'utf8');
  const markdown = example.replace(/^- \[x\] [^\n]*\?[^\n]*$/m, `- [ ] Is ${token} the bot token\u001b[2K?`);
  expect(markdown).toContain(token);
  const context = await browser().newContext();
  const page = await context.newPage();
  await openForm(page, siteUrl + specFormPath);
  await page.getByText('Import an existing spec').click();
  await page.fill('#sm-import-paste', markdown);
  await page.getByRole('button', { name: 'Import pasted Markdown' }).click();
  await expect.poll(() => page.locator('.sm-lint-list').textContent(), settle).toContain('Unexpected open question');
  const lint = (await page.locator('.sm-lint-list').textContent()) ?? '';
  expect(lint).toContain('Unexpected open question `Is xoxb…');
  expect(lint).not.toContain(token.slice(0, 12));
  expect(lint).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  await context.close();
}, 90_000);
