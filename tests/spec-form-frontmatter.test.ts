import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@specmark/schema';
import { expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';

const formUrl = inject('siteUrl') + specFormPath;
const browser = useBrowser();

/** The YAML between the spec's `---` fences. */
function frontmatterOf(markdown: string): string {
  return /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
}

test('the rate limit and webhooks are filled in through their own inputs and land in the preview and the downloaded file, which passes the schema', { timeout: 90_000 }, async () => {
  const context = await browser().newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await openForm(page, formUrl);
  await page.fill('#sm-title', 'Stripe invoices into the ledger');
  await page.getByLabel('Status (required)', { exact: true }).selectOption('draft');
  await page.getByLabel('Owner (required from review)', { exact: true }).fill('billing-team');
  await page.getByLabel('Provider (required from review)', { exact: true }).fill('Stripe');
  await page.getByRole('group', { name: 'Environments (required from review)' }).getByLabel('production', { exact: true }).check();

  const rateLimit = page.getByRole('group', { name: 'Rate limit' });
  await rateLimit.getByLabel('Requests (required for rate limit)', { exact: true }).fill('100');
  await rateLimit.getByLabel('Per (required for rate limit)', { exact: true }).selectOption('second');
  await rateLimit.getByLabel('Source', { exact: true }).fill('https://docs.stripe.com/rate-limits');
  const webhooks = page.getByRole('group', { name: 'Webhooks', exact: true });
  await webhooks.getByLabel('Events (required for webhooks)', { exact: true }).fill('invoice.paid, invoice.voided');
  const signature = webhooks.getByRole('group', { name: 'Signature' });
  await signature.getByLabel('Header (required for signature)', { exact: true }).fill('Stripe-Signature');
  await signature.getByLabel('Secret env (required for signature)', { exact: true }).fill('STRIPE_WEBHOOK_SECRET');

  await expect.poll(async () => frontmatterOf(await previewMarkdown(page)), settle).toContain(
    [
      'rateLimit:',
      '  requests: 100',
      '  per: second',
      '  source: https://docs.stripe.com/rate-limits',
      'webhooks:',
      '  events:',
      '    - invoice.paid',
      '    - invoice.voided',
      '  signature:',
      '    header: Stripe-Signature',
      '    secretEnv: STRIPE_WEBHOOK_SECRET',
    ].join('\n'),
  );
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download / }).click()]);
  const file = await readFile((await download.path()) as string, 'utf8');
  expect(file).toBe(await previewMarkdown(page));
  const parsed = parseFrontmatter(frontmatterOf(file));
  expect(parsed.issues).toEqual([]);
  expect(parsed.data?.rateLimit).toEqual({ requests: 100, per: 'second', source: 'https://docs.stripe.com/rate-limits' });
  expect(parsed.data?.webhooks).toEqual({ events: ['invoice.paid', 'invoice.voided'], signature: { header: 'Stripe-Signature', secretEnv: 'STRIPE_WEBHOOK_SECRET' } });

  // Emptying every input of an object takes the key out of the spec.
  await rateLimit.getByLabel('Requests (required for rate limit)', { exact: true }).fill('');
  await rateLimit.getByLabel('Per (required for rate limit)', { exact: true }).selectOption('');
  await rateLimit.getByLabel('Source', { exact: true }).fill('');
  await expect.poll(async () => frontmatterOf(await previewMarkdown(page)), settle).not.toContain('rateLimit');
  expect(frontmatterOf(await previewMarkdown(page))).toContain('webhooks:');
  await context.close();
});

test('an imported spec shows its rate limit and webhooks in their inputs, and editing one keeps the rest', { timeout: 90_000 }, async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  await openForm(page, formUrl);
  const example = await readFile(new URL('../content/examples/github-webhooks.md', import.meta.url), 'utf8');
  await page.getByText('Import an existing spec').click();
  await page.fill('#sm-import-paste', example);
  await page.getByRole('button', { name: 'Import pasted Markdown' }).click();
  await expect.poll(() => page.inputValue('#sm-fm-rateLimit-requests'), settle).toBe('5000');
  expect(await page.inputValue('#sm-fm-rateLimit-per')).toBe('hour');
  expect(await page.inputValue('#sm-fm-webhooks-events')).toBe('pull_request, check_suite, deployment_status');
  expect(await page.inputValue('#sm-fm-webhooks-signature-header')).toBe('X-Hub-Signature-256');
  expect(await page.inputValue('#sm-fm-webhooks-signature-secretEnv')).toBe('GITHUB_WEBHOOK_SECRET');

  await page.fill('#sm-fm-rateLimit-requests', '15000');
  await expect.poll(async () => frontmatterOf(await previewMarkdown(page)), settle).toContain('rateLimit:\n  requests: 15000\n  per: hour\n  source: https://docs.github.com/');
  expect(frontmatterOf(await previewMarkdown(page))).toBe(frontmatterOf(example).replace('requests: 5000', 'requests: 15000'));
  await context.close();
});

test('a rate limit of zero requests gets the schema check’s message, pointing at the rate limit', { timeout: 90_000 }, async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  await openForm(page, formUrl);
  const rateLimit = page.getByRole('group', { name: 'Rate limit' });
  await rateLimit.getByLabel('Requests (required for rate limit)', { exact: true }).fill('0');
  await rateLimit.getByLabel('Per (required for rate limit)', { exact: true }).selectOption('minute');
  await expect.poll(async () => frontmatterOf(await previewMarkdown(page)), settle).toContain('rateLimit:\n  requests: 0\n  per: minute');
  const message = page.locator('.sm-lint-list li').filter({ has: page.locator('a[href="#sm-fm-rateLimit"]') }).first();
  await message.waitFor({ timeout: 30_000 });
  expect(await message.textContent()).toMatch(/^Frontmatter `rateLimit`: .*requests/);
  await message.locator('a[href="#sm-fm-rateLimit"]').click();
  // Focus moves in the next frame, once the form is shown.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe('sm-fm-rateLimit-requests');
  await context.close();
});
