import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { formMessages } from '../src/editor/form-messages.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { lintSpec } from '../src/editor/worker/lint-spec.ts';
import { githubDescription, openDescription, openedStatus } from './support/api-description-helpers.ts';
import { useBrowser } from './support/browser.ts';
import { watchPage } from './support/page-problems.ts';
import { formTemplate, lintSummary, openForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();

/**
 * Six one-line paragraphs of 5,000 `a*b` (120 KB): each within the 32 KiB block limit, and seconds
 * of work each for the lint worker (micromark's time grows with the square of the emphasis markers
 * in a paragraph that none of them closes), so that its lint runs far longer than the 3 s after
 * which newer answers cancel it. One line each: a browser takes seconds to select the text of a
 * textarea of many thousand lines, as typing over it does.
 */
const busy = ('a*b '.repeat(5000) + '\n\n').repeat(6);

/** A quick answer to the problem field, and one only it makes hollow (the busy one says something). */
const quick = 'TBD';

/** What the lint panel showed, each time it changed. */
interface PanelState {
  /** The panel's `aria-busy`. */
  busy: string | null;
  /** The summary line. */
  summary: string;
  /** The messages listed. */
  messages: string[];
}

/**
 * Start recording every state of the lint panel (summary, messages, busy) from now on, as the page
 * renders it.
 *
 * @param page The page with the form.
 * @returns A getter for the states recorded so far, the one shown when recording started first.
 */
async function recordPanel(page: Page): Promise<() => Promise<PanelState[]>> {
  await page.evaluate(() => {
    const states: PanelState[] = [];
    (window as unknown as { __panelStates: PanelState[] }).__panelStates = states;
    const panel = document.querySelector('.sm-lint')!;
    const record = (): void => {
      const state = {
        busy: panel.getAttribute('aria-busy'),
        summary: panel.querySelector('#sm-lint-summary')?.textContent ?? '',
        messages: [...panel.querySelectorAll('.sm-lint-list li')].map((item) => item.textContent ?? ''),
      };
      const last = states.at(-1);
      if (!last || JSON.stringify(last) !== JSON.stringify(state)) states.push(state);
    };
    record();
    new MutationObserver(record).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __panelStates: PanelState[] }).__panelStates);
}

/**
 * A page in a fresh context whose spec workers (the lint worker and the page's worker for quick
 * requests; not the one reading API descriptions) are recorded as they start and stop (`start`,
 * `close`, in order), before it opens anything.
 */
async function pageWithWorkerLog(): Promise<{ context: BrowserContext; page: Page; workers: string[] }> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (worker) => {
    if (!/\/spec-worker[^/]*$/.test(new URL(worker.url()).pathname)) return;
    workers.push('start');
    worker.on('close', () => workers.push('close'));
  });
  return { context, page, workers };
}

/** The summary the panel shows for the lint results of a spec, worked out from the editor's own lint in Node. */
async function expectedPanel(markdown: string): Promise<{ summary: string; messages: number; hollowProblem: boolean }> {
  const results = await lintSpec(await formTemplate(), markdown);
  return {
    summary: results.length === 0 ? formMessages.lintPassed : formMessages.lintCount(results.length, results.filter((result) => result.fatal).length),
    messages: results.length,
    hollowProblem: results.some((result) => result.ruleId === 'no-hollow-answers' && result.target.kind === 'field' && result.target.slug === 'problem'),
  };
}

test('typing a quick change while a slow check runs cancels it: the panel ends with the results of the latest text, never the superseded ones', async () => {
  const fragment = await encodeShareFragment(draftEnvelope(toFormTemplate(await formTemplate()), { title: 'Busy draft', fields: { problem: busy } }));
  const { context, page, workers } = await pageWithWorkerLog();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, `${formUrl}#${fragment}`);
  const states = await recordPanel(page);
  const summary = page.locator('#sm-lint-summary');
  await expect.poll(() => summary.textContent(), settle).toMatch(/^Checking the latest changes…/);
  // The slow lint has been sent (a pause of 250 ms starts it) and is well under way; no worker has stopped.
  await page.waitForTimeout(1500);
  expect(await summary.textContent()).toMatch(/^Checking the latest changes…/);
  expect(workers).not.toContain('close');
  const startedBefore = workers.length;

  await page.fill('#sm-field-problem', quick);
  await expect.poll(() => previewMarkdown(page), settle).toContain(`### Problem\n\n${quick}\n\n`);
  const expected = await expectedPanel(await previewMarkdown(page));
  // The quick text's results differ from the busy text's: a hollow problem only the quick text has.
  expect(expected.hollowProblem).toBe(true);
  expect(await lintSummary(page)).toBe(expected.summary);
  expect(await page.locator('.sm-lint-list li').count()).toBe(expected.messages);

  // The slow lint was cancelled: its worker was stopped and a new one started for the quick text
  // (the browser may report the two in either order, and a worker's end after the page has moved on).
  await expect.poll(() => workers.slice(startedBefore).sort(), settle).toEqual(['close', 'start']);
  // Every state the panel showed as current (not busy) is the latest text's: the superseded
  // lint's results were never shown; before them, the panel said a check was running.
  const shown = await states();
  expect(shown[0]!.busy).toBe('true');
  const current = shown.filter((state) => state.busy !== 'true');
  expect(current.length).toBeGreaterThan(0);
  for (const state of current) expect(state.summary).toBe(expected.summary);
  for (const state of shown.filter((state) => state.busy === 'true')) expect(state.summary).toMatch(/^Checking/);
  expect(new Set(current.map((state) => JSON.stringify(state.messages))).size).toBe(1);
  expect(await problems()).toEqual([]);
  await context.close();
}, 120_000);

test('a lint worker started after a slow check was cancelled is given the opened API description again', async () => {
  const { context, page, workers } = await pageWithWorkerLog();
  const problems = await watchPage(page, siteUrl);
  await openForm(page, formUrl);
  await page.fill('#sm-title', 'Deploy status from CI to GitHub');
  await openDescription(page, githubDescription);
  await openedStatus(page);
  await page.fill('#sm-fm-api-description', 'api.github.com.json');
  await page.fill('#sm-fm-api-operations', 'POST /repos/{owner}/{repo}/deployment');
  const apiMessages = async (): Promise<string[]> => {
    await lintSummary(page);
    return (await page.locator('.sm-lint-list li').allTextContents()).filter((text) => /, api-[a-z-]+\)$/.test(text));
  };
  await expect.poll(async () => (await apiMessages()).length, settle).toBeGreaterThan(0);
  const before = await apiMessages();
  expect(before).toContain(
    'Frontmatter `api`: Unexpected operation `POST /repos/{owner}/{repo}/deployment` that `api.github.com.json` lacks, expected one of ' +
      '`POST /repos/{owner}/{repo}/deployments`, `GET /repos/{owner}/{repo}/deployments`, `POST /repos/{owner}/{repo}/pages/deployment` (line 8:7, api-operations)',
  );

  // A slow draft, then a quick one while it is checked: the slow lint's worker is stopped.
  await page.fill('#sm-field-problem', busy);
  await expect.poll(() => page.locator('#sm-lint-summary').textContent(), settle).toMatch(/^Checking the latest changes…/);
  await page.waitForTimeout(1500);
  expect(workers).not.toContain('close');
  const startedBefore = workers.length;
  await page.fill('#sm-field-problem', quick);
  await expect.poll(() => workers.slice(startedBefore).sort(), settle).toEqual(['close', 'start']);

  // The new worker reads the same description: the same messages about it, at the same places.
  expect(await apiMessages()).toEqual(before);
  expect(await page.locator('.sm-lint-list li', { hasText: 'Problem: ' }).filter({ hasText: 'no-hollow-answers' }).count()).toBe(1);
  expect(await problems()).toEqual([]);
  await context.close();
}, 180_000);
