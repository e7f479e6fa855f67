import { renderSpec, type Answers, type Template } from '@specmark/template';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { draftEnvelope } from '../src/editor/draft/read-draft.ts';
import { encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { useBrowser } from './support/browser.ts';
import { formTemplate, lintSummary, openWatchedForm, previewMarkdown, settle, specFormPath } from './support/spec-form-helpers.ts';
import { xssBlock, xssLine, xssPayloads } from './spec-form-xss-payloads.ts';

const siteUrl = inject('siteUrl');
const formUrl = siteUrl + specFormPath;
const browser = useBrowser();

/** A fresh form with dialogs and page problems recorded, and the page's own active content counted. */
async function open(url = formUrl) {
  const opened = await openWatchedForm(browser(), siteUrl, url);
  return { ...opened, before: await activeContent(opened.page) };
}

/** What on the page could run script: its scripts, frames, handlers and script URLs. */
function activeContent(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const scriptUrl = /^\s*(?:javascript|vbscript|data):/i;
    return {
      title: document.title,
      xss: (window as unknown as { __xss?: unknown }).__xss,
      scripts: document.scripts.length,
      frames: document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]').length,
      handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`)),
      scriptUrls: all.flatMap((element) => [...element.attributes].filter((attribute) => ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster'].includes(attribute.name) && (attribute.name === 'srcdoc' || scriptUrl.test(attribute.value))).map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`)),
      previewElements: [...document.querySelectorAll('.sm-rendered script, .sm-rendered style, .sm-rendered svg, .sm-rendered math, .sm-rendered form, .sm-rendered [style], .sm-rendered iframe')].map((element) => element.tagName),
    };
  });
}

/** Wait for the preview and checks to catch up, poke every element of the preview, and assert nothing ran or became active. */
async function expectInert(opened: Awaited<ReturnType<typeof open>>): Promise<void> {
  const { page, dialogs, problems, before } = opened;
  await previewMarkdown(page);
  await lintSummary(page);
  await page.$$eval('.sm-rendered *, .sm-lint *, #sm-extras *', (elements) => {
    for (const element of elements) for (const type of ['mouseover', 'focus', 'animationstart']) element.dispatchEvent(new Event(type, { bubbles: true }));
  });
  await page.waitForTimeout(200);
  expect(await activeContent(page)).toEqual(before);
  expect(before.xss).toBeUndefined();
  expect(before.handlers).toEqual([]);
  expect(before.scriptUrls).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(await problems()).toEqual([]);
  await page.context().close();
}

/** Answers with every payload in every part of the spec: title, frontmatter, every field. */
function payloadAnswers(template: Template): Answers {
  const fields: Answers['fields'] = {};
  for (const field of template.fields) {
    if (field.kind === 'prose') fields[field.slug] = xssBlock;
    else if (field.kind === 'questions') fields[field.slug] = [{ question: xssLine, answer: xssBlock }];
    else if (field.kind === 'checklist') {
      const required = field.items.find((item) => !item.prompt);
      fields[field.slug] = [...(required ? [{ checked: false, text: `~~${required.text}~~ ${xssLine}` }] : []), { checked: true, text: xssLine }];
    } else fields[field.slug] = [xssLine, xssLine];
  }
  return { title: xssLine, frontmatter: { owner: xssLine, provider: xssLine, secrets: [xssLine], tickets: [xssLine], supersedes: xssLine }, fields };
}

const kinds = ['prose', 'list', 'sentence-frames', 'questions', 'checklist'] as const;

for (const kind of kinds) {
  test(`${xssPayloads.length} payloads typed into every ${kind} field stay text`, async () => {
    const template = await formTemplate();
    const opened = await open();
    const { page } = opened;
    for (const field of template.fields.filter((each) => each.kind === kind)) {
      const group = page.locator(`#sm-field-${field.slug}-group`);
      if (kind === 'prose') await group.locator('textarea').fill(xssBlock);
      else if (kind === 'questions') {
        // Template questions are fixed; a question the person adds has its own text input.
        await group.getByRole('button', { name: /^Add a question/ }).click();
        const questions = group.locator('input[type="text"]');
        await questions.nth((await questions.count()) - 1).fill(xssLine);
        const answers = group.locator('textarea');
        for (let index = 0; index < (await answers.count()); index += 1) await answers.nth(index).fill(xssBlock);
      } else if (kind === 'checklist') {
        const waive = group.getByRole('button', { name: /^Waive this item/ });
        if ((await waive.count()) > 0) {
          await waive.first().click();
          await group.getByLabel('Why it does not apply').fill(xssLine);
        }
        // An item of the person's own, beside the template's required ones.
        await group.getByRole('button', { name: /^Add to/ }).click();
        const own = group.locator('input[type="text"]:not([id$="-reason"])');
        await own.nth((await own.count()) - 1).fill(xssLine);
      } else {
        const inputs = group.locator('input[type="text"]');
        for (let index = 0; index < (await inputs.count()); index += 1) await inputs.nth(index).fill(xssLine);
      }
    }
    expect(await previewMarkdown(page)).toContain(xssPayloads[0]);
    await expectInert(opened);
  }, 90_000);
}

test(`${xssPayloads.length} payloads typed into the title and every frontmatter text input stay text`, async () => {
  const opened = await open();
  const { page } = opened;
  await page.fill('#sm-title', xssLine);
  const inputs = page.locator('#sm-frontmatter input[type="text"]');
  for (let index = 0; index < (await inputs.count()); index += 1) await inputs.nth(index).fill(xssLine);
  expect(await previewMarkdown(page)).toContain(xssPayloads[1]);
  await expectInert(opened);
}, 90_000);

test('a spec file with payloads everywhere, imported from disk, stays text', async () => {
  const template = await formTemplate();
  const markdown = renderSpec(template, payloadAnswers(template)) + `\n## ${xssLine}\n\n${xssBlock}\n`;
  const opened = await open();
  const { page } = opened;
  await page.getByText('Import an existing spec').click();
  await page.setInputFiles('#sm-import-file', { name: 'payloads.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await expect.poll(() => page.locator('.sm-notice').first().textContent(), settle).toContain('Imported the spec into the form.');
  expect(await page.inputValue('#sm-title')).toBe(xssLine);
  expect(await page.locator('#sm-extras pre').allTextContents()).toEqual([`## ${xssLine}\n\n${xssBlock}`]);
  await expectInert(opened);
}, 90_000);

test('a share link with payloads everywhere loads as text', async () => {
  const template = await formTemplate();
  const fragment = await encodeShareFragment(draftEnvelope(toFormTemplate(template), payloadAnswers(template)));
  const opened = await open(`${formUrl}#${fragment}`);
  const { page } = opened;
  await expect.poll(() => page.inputValue('#sm-title'), settle).toBe(xssLine);
  expect(await page.inputValue('#sm-fm-owner')).toBe(xssLine);
  await expectInert(opened);
}, 90_000);
