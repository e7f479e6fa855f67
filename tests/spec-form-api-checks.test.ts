import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import type { Page } from 'playwright-core';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, inject, test } from 'vitest';
import { formMessages } from '../src/editor/form-messages.ts';
import { githubDescription, openDescription, openedStatus, pickOperation } from './support/api-description-helpers.ts';
import { useBrowser } from './support/browser.ts';
import { lintSummary, openWatchedForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();

const createDeployment = 'POST /repos/{owner}/{repo}/deployments';
const createStatus = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
/** An operation GitHub's description lacks: a typo of `createDeployment`. */
const missing = 'POST /repos/{owner}/{repo}/deployment';

/** The lint panel's messages from the rules that read the provider's API description, once it reports on the latest draft. */
async function apiMessages(page: Page): Promise<string[]> {
  await lintSummary(page);
  const all = await page.locator('.sm-lint-list li').allTextContents();
  return all.filter((text) => /, api-[a-z-]+\)$/.test(text));
}

/**
 * What `specmark check` says from the API description rules about a spec (the preset on Node,
 * as the CLI runs it), with the spec saved beside GitHub's description: as the panel lists it.
 */
async function checkBesideDescription(markdown: string): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'specmark-api-checks-'));
  try {
    await symlink(githubDescription, join(folder, 'api.github.com.json'));
    const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint);
    const file = new VFile({ value: markdown, path: join(folder, 'spec.md') });
    await processor.run(processor.parse(file), file);
    return file.messages.filter((message) => message.ruleId?.startsWith('api-')).map((message) => `Frontmatter \`api\`: ${message.reason} (line ${message.line}:${message.column}, ${message.ruleId})`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test('with GitHub’s description open, the checks name an operation it lacks at the `api` inputs, as specmark check does', async () => {
  const { page, dialogs, problems } = await openWatchedForm(browser(), siteUrl, formUrl);
  await page.fill('#sm-title', 'Deploy status from CI to GitHub');
  await openDescription(page, githubDescription);
  await openedStatus(page);
  expect(await page.locator('#sm-api-checks').textContent()).toBe(
    'While it is open, the checks read it for a spec whose `api.description` names `api.github.com.json` (the file name, in any folder or package). It is not kept: after a reload, open it again.',
  );
  await pickOperation(page, 'repos/create-deployment-status', createStatus);
  await pickOperation(page, 'create a deployment', createDeployment);
  await page.getByRole('button', { name: 'Fill the form' }).click();
  await expect.poll(() => page.locator('.sm-notice').first().textContent(), settle).toBe(`${formMessages.prefilled('api.github.com.json', 2)} Undo`);
  expect(await page.inputValue('#sm-fm-api-description')).toBe('api.github.com.json');
  expect(await page.inputValue('#sm-fm-api-operations')).toBe(`${createStatus}, ${createDeployment}`);

  // The second operation, mistyped.
  await page.fill('#sm-fm-api-operations', `${createStatus}, ${missing}`);
  await expect.poll(() => apiMessages(page), settle).toContain(
    'Frontmatter `api`: Unexpected operation `POST /repos/{owner}/{repo}/deployment` that `api.github.com.json` lacks, expected one of ' +
      '`POST /repos/{owner}/{repo}/deployments`, `GET /repos/{owner}/{repo}/deployments`, `POST /repos/{owner}/{repo}/pages/deployment` (line 12:7, api-operations)',
  );
  const markdown = await previewMarkdown(page);
  expect(markdown).toContain(`api:\n  description: api.github.com.json\n  operations:\n    - ${createStatus}\n    - ${missing}\n---\n`);
  // Every message from the description's rules, word for word and place for place, is what specmark check says.
  const shown = await apiMessages(page);
  expect(shown).toEqual(await checkBesideDescription(markdown));
  // The message leads to the `api` inputs.
  await page.locator('.sm-lint-list li', { hasText: 'api-operations' }).getByRole('link', { name: 'Frontmatter `api`' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), settle).toBe('sm-fm-api-description');

  // A spec naming another file gets nothing about a description the editor has not opened.
  await page.fill('#sm-fm-api-description', './vendor/github-openapi.json');
  await expect.poll(() => apiMessages(page), settle).toEqual([]);
  await page.fill('#sm-fm-api-description', './vendor/api.github.com.json');
  await expect.poll(async () => (await apiMessages(page)).length, settle).toBe(shown.length);
  expect(dialogs).toEqual([]);
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('with no description open, a spec naming one gets no message about it', async () => {
  const { page, problems } = await openWatchedForm(browser(), siteUrl, formUrl);
  await page.fill('#sm-title', 'Deploy status from CI to GitHub');
  await page.fill('#sm-fm-api-description', 'api.github.com.json');
  await page.fill('#sm-fm-api-operations', missing);
  await expect.poll(() => previewMarkdown(page), settle).toContain(`api:\n  description: api.github.com.json\n  operations:\n    - ${missing}\n---\n`);
  expect(await lintSummary(page)).toMatch(/^\d+ lint messages \(\d+ errors?\)\.$/);
  expect(await page.locator('.sm-lint-list li').count()).toBeGreaterThan(0);
  expect(await apiMessages(page)).toEqual([]);
  expect(await problems()).toEqual([]);
  await page.context().close();
});
