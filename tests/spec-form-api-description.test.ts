import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { formMessages } from '../src/editor/form-messages.ts';
import { githubDescription, graphDescription, openDescription, openedStatus, pickOperation } from './support/api-description-helpers.ts';
import { useBrowser } from './support/browser.ts';
import { openWatchedForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();

const createDeployment = 'POST /repos/{owner}/{repo}/deployments';
const createStatus = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

/** The values of a list field's inputs. */
function rows(page: Page, slug: string): Promise<string[]> {
  return page.locator(`#sm-field-${slug}-group input[type="text"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

test('GitHub’s description: search, pick two operations with the mouse and the keyboard, fill the form; the preview states them', async () => {
  const { page, dialogs, problems } = await openWatchedForm(browser(), siteUrl, formUrl);
  await page.fill('#sm-title', 'Deploy status from CI to GitHub');
  await page.fill('#sm-field-problem', 'Deploys are marked by hand, so the deployments page is always behind.');
  await openDescription(page, githubDescription);
  expect(await openedStatus(page)).toBe('Opened `api.github.com.json`: GitHub v3 REST API 1.1.4 (OpenAPI 3.0), 845 operations.');
  expect(await page.locator('#sm-api-count').textContent()).toBe('845 operations; the first 50 are shown: type to find the others.');

  // Every word must match, in method, path, summary or operation id; deprecated ones say so.
  await page.fill('#sm-api-search', 'post deployments');
  await expect.poll(() => page.locator('#sm-api-count').textContent(), settle).toBe('3 of 845 operations match.');
  expect(await page.locator('#sm-api-operations label').allTextContents()).toEqual([
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments Review pending deployments for a workflow run',
    'POST /repos/{owner}/{repo}/deployments Create a deployment',
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses Create a deployment status',
  ]);
  await page.fill('#sm-api-search', 'teams/get-legacy');
  await expect.poll(() => page.locator('#sm-api-operations label').allTextContents(), settle).toEqual(['GET /teams/{team_id} Get a team (Legacy) deprecated']);

  // The keyboard: down from the search box to the first match, space ticks it.
  await page.fill('#sm-api-search', 'repos/create-deployment-status');
  await expect.poll(() => page.locator('#sm-api-count').textContent(), settle).toBe('1 of 845 operations match.');
  await page.focus('#sm-api-search');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await pickOperation(page, 'create a deployment', createDeployment);
  expect(await page.locator('#sm-api-picked-count').textContent()).toBe('Picked: 2 operations.');
  expect(await page.locator('.sm-api-picked code').allTextContents()).toEqual([createStatus, createDeployment]);

  await page.getByRole('button', { name: 'Fill the form' }).click();
  await expect.poll(() => page.locator('.sm-notice').first().textContent(), settle).toBe(`${formMessages.prefilled('api.github.com.json', 2)} Undo`);
  // In scope lists each operation in place of the template's prompt about endpoints; its other prompts are empty rows.
  expect(await rows(page, 'in-scope')).toEqual(['', `\`${createStatus}\` — Create a deployment status`, `\`${createDeployment}\` — Create a deployment`, '']);
  // The error frame becomes one sentence per documented error status, its outcome still to write.
  expect(await page.inputValue('#sm-field-key-behaviors-1')).toBe(`\`${createStatus}\` returns 422 (Validation failed; or the endpoint has been spammed)`);
  expect(await page.inputValue('#sm-field-key-behaviors-1-gap-1')).toBe('');
  expect(await page.getAttribute('#sm-field-key-behaviors-1-gap-1', 'placeholder')).toBe('how the system responds');
  // What the person typed before is kept.
  expect(await page.inputValue('#sm-title')).toBe('Deploy status from CI to GitHub');
  expect(await page.inputValue('#sm-field-problem')).toBe('Deploys are marked by hand, so the deployments page is always behind.');

  const markdown = await previewMarkdown(page);
  expect(markdown).toContain(
    `provider: GitHub\nenvironments:\n  - production\napi:\n  description: api.github.com.json\n  operations:\n    - ${createStatus}\n    - ${createDeployment}\n---\n`,
  );
  expect(markdown).toContain(`### In scope\n\n- \`${createStatus}\` — Create a deployment status\n- \`${createDeployment}\` — Create a deployment\n\n### Out of scope`);
  expect(markdown).toContain(
    '### Key behaviors\n\n' +
      `- When \`${createStatus}\` returns 422 (Validation failed; or the endpoint has been spammed), [how the system responds]\n` +
      `- When \`${createDeployment}\` returns 409 (Conflict when there is a merge conflict or the commit's status checks failed), [how the system responds]\n` +
      `- When \`${createDeployment}\` returns 422 (Validation failed; or the endpoint has been spammed), [how the system responds]\n\n### Edge cases`,
  );

  // Writing the outcome in the gap turns the frame into the person's sentence.
  await page.fill('#sm-field-key-behaviors-1-gap-1', 'the CI job fails with the validation message');
  expect(await previewMarkdown(page)).toContain(`- When \`${createStatus}\` returns 422 (Validation failed; or the endpoint has been spammed), the CI job fails with the validation message\n`);
  expect(dialogs).toEqual([]);
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('filling a draft that already answers a part asks first: fill only the empty parts, or replace them, with undo', async () => {
  const { page, problems } = await openWatchedForm(browser(), siteUrl, formUrl);
  await page.fill('#sm-field-in-scope', 'Mark each deploy in GitHub from the CI pipeline');
  await openDescription(page, githubDescription);
  await openedStatus(page);
  await pickOperation(page, 'repos/create-deployment', createDeployment);
  await page.getByRole('button', { name: 'Fill the form' }).click();
  await page.locator('#sm-api-confirm-text').waitFor();
  expect(await page.locator('#sm-api-confirm-text').textContent()).toBe(formMessages.prefillConflicts(['In scope']));
  // Focus is on the choice that keeps what was written.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fill only the empty parts');
  await page.keyboard.press('Enter');
  expect(await rows(page, 'in-scope')).toEqual(['Mark each deploy in GitHub from the CI pipeline', '', '']);
  expect(await page.inputValue('#sm-field-key-behaviors-1')).toBe(`\`${createDeployment}\` returns 409 (Conflict when there is a merge conflict or the commit's status checks failed)`);

  await page.getByRole('button', { name: 'Fill the form' }).click();
  await page.getByRole('button', { name: 'Replace them' }).click();
  expect(await rows(page, 'in-scope')).toEqual(['', `\`${createDeployment}\` — Create a deployment`, '']);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await rows(page, 'in-scope')).toEqual(['Mark each deploy in GitHub from the CI pipeline', '', '']);
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('a 20 MB description (Microsoft Graph, 11,422 operations) is read in the worker: the page keeps answering while it reads', async () => {
  const { page, problems } = await openWatchedForm(browser(), siteUrl, formUrl);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  await openDescription(page, graphDescription);
  // While the file is read, parsed and indexed, typing in the form still works.
  await expect.poll(() => page.locator('#sm-api-status').textContent(), settle).toMatch(/^Reading `graph\.json`… \d+ %$/);
  await page.locator('#sm-title').pressSequentially('Graph mail', { delay: 10 });
  expect(await page.inputValue('#sm-title')).toBe('Graph mail');
  expect(await page.locator('#sm-api-status').textContent()).toMatch(/^Reading `graph\.json`…/);
  expect(await openedStatus(page)).toBe('Opened `graph.json`: OData Service for namespace microsoft.graph 1.0.1 (OpenAPI 3.0), 11,422 operations.');
  expect(await page.locator('#sm-api-count').textContent()).toBe('11,422 operations; the first 50 are shown: type to find the others.');
  expect(await page.locator('#sm-api-operations li').count()).toBe(50);
  await page.fill('#sm-api-search', 'post /me/microsoft.graph.sendMail');
  await expect.poll(() => page.locator('#sm-api-operations label').allTextContents(), settle).toEqual(['POST /me/microsoft.graph.sendMail Invoke action sendMail']);
  // Parsing and indexing take seconds here; done on the page, they would be one task that long.
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  expect(Math.max(0, ...longTasks)).toBeLessThan(1000);
  expect(await problems()).toEqual([]);
  await page.context().close();
}, 120_000);

test('a file that is not a description gets a message in the page, not a console error', async () => {
  const { page, problems } = await openWatchedForm(browser(), siteUrl, formUrl);
  await page.getByText('Start from the provider’s API description').click();
  const problem = page.locator('#sm-api-problem');
  await page.setInputFiles('#sm-api-file', { name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "name": "billing-worker"\n}\n') });
  await expect.poll(() => problem.textContent(), settle).toBe(
    '`package.json` cannot be opened (line 1, column 1): Unexpected document without `openapi` or `swagger`, expected an OpenAPI 3.0 or 3.1 or Swagger 2.0 description.',
  );
  await page.setInputFiles('#sm-api-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "openapi": "3.0.3",\n  paths: {}\n}\n') });
  await expect.poll(() => problem.textContent(), settle).toMatch(/^`broken\.json` cannot be opened \(line 3, column 3\): Unexpected JSON syntax \(.+\), expected an OpenAPI or Swagger description\.$/);
  await page.setInputFiles('#sm-api-file', { name: 'stripe.yaml', mimeType: 'application/yaml', buffer: Buffer.from('openapi: 3.0.0\npaths:\n  /charges: [\n') });
  await expect.poll(() => problem.textContent(), settle).toBe(
    '`stripe.yaml` cannot be opened (line 4, column 1): Unexpected YAML syntax (Flow sequence in block collection must be sufficiently indented and end with a ]), expected an OpenAPI or Swagger description.',
  );
  await page.setInputFiles('#sm-api-file', { name: 'openapi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await expect.poll(() => problem.textContent(), settle).toBe('Unexpected file `openapi.pdf`, expected an OpenAPI or Swagger description (`.json`, `.yaml` or `.yml`)');
  expect(await page.locator('#sm-api-search').count()).toBe(0);
  expect(await problems()).toEqual([]);
  await page.context().close();
});

test('the docs page “Start from the provider’s API description” is in the sidebar, and its links answer', async () => {
  const html = await (await fetch(`${siteUrl}/api-description/`)).text();
  expect(html).toContain('<title>Start from the provider’s API description | Specmark</title>');
  expect(html).toContain('href="/api-description/" aria-current="page"');
  const links = [...html.matchAll(/<main[\s\S]*?<\/main>/g)].flatMap(([main]) => [...main.matchAll(/href="(\/[^"#]*)"/g)].map((match) => match[1]!));
  expect(links).toEqual(expect.arrayContaining(['/coding-agents/', '/editor/api-integration/', '/rules/']));
  for (const link of links) expect((await fetch(siteUrl + link)).status, link).toBe(200);
});
