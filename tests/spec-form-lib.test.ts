import { indexDescription, readDescriptionText } from '@specmark/api-description';
import { frontmatterJsonSchema } from '@specmark/schema';
import { shownText } from '@specmark/schema/text';
import { renderSpec } from '@specmark/template';
import { expect, test } from 'vitest';
import { checklistAnswer, checklistRows } from '../src/editor/model/checklist-rows.ts';
import { draftProblemMessage } from '../src/editor/form-messages.ts';
import { toFormTemplate } from '../src/editor/model/form-template.ts';
import { frontmatterControls } from '../src/editor/model/frontmatter-controls.ts';
import { groupValue, inputValue } from '../src/editor/model/frontmatter-values.ts';
import { mergePrefill, prefillConflicts } from '../src/editor/model/merge-prefill.ts';
import { specProgress } from '../src/editor/model/progress.ts';
import { draftEnvelope, readDraft } from '../src/editor/draft/read-draft.ts';
import { rowFrame, sentenceFills, writeSentence } from '../src/editor/model/sentence-rows.ts';
import { decodeShareFragment, encodeShareFragment } from '../src/editor/draft/share-link.ts';
import { specAnswers } from '../src/editor/model/spec-answers.ts';
import { lintSpec } from '../src/editor/worker/lint-spec.ts';
import { indexBytes, namesOpenedFile, readOpenedIndex, type OpenedDescriptionIndex } from '../src/editor/worker/opened-index.ts';
import { exampleApiDescription } from '../packages/remark-preset-lint/src/lib/docs/example-api-description.ts';
import { credentials } from './fixtures/secrets/credentials.ts';
import { formTemplate } from './support/spec-form-helpers.ts';

const model = await formTemplate();
const template = toFormTemplate(model);
const byKind = (kind: string) => model.fields.find((field) => field.kind === kind)!;

test('a share fragment round-trips a draft, and a damaged one reads as unreadable', async () => {
  const envelope = draftEnvelope(template, { title: 'Stripe refunds — “sync” ✓', fields: { [byKind('prose').slug]: 'Line one\nLine two' } });
  const fragment = await encodeShareFragment(envelope);
  expect(fragment).toMatch(/^draft=[A-Za-z0-9_-]+$/);
  expect(await decodeShareFragment(`#${fragment}`)).toEqual(envelope);
  expect(await decodeShareFragment('#other=1')).toBeUndefined();
  expect(await decodeShareFragment(`#${fragment.slice(0, -4)}`)).toBeNull();
  expect(await decodeShareFragment('#draft=%%%')).toBeNull();
});

test('a stored or shared draft is checked value by value, with a message for each problem', () => {
  const read = (answers: unknown, id = template.id) => {
    const result = readDraft(template, { v: 1, template: id, answers });
    return result.ok ? 'ok' : draftProblemMessage(result.problem);
  };
  expect(read({ fields: {} })).toBe('ok');
  expect(read({ fields: {} }, 'other')).toBe('Unexpected template `other`, expected `api-integration`');
  expect(read({ fields: { nope: 'x' } })).toBe('Unexpected field `nope`, expected a field of the template');
  expect(read({ fields: { [byKind('prose').slug]: ['x'] } })).toBe(`Unexpected value at \`${byKind('prose').slug}\`, expected text`);
  expect(read({ fields: { [byKind('questions').slug]: [{ question: 1 }] } })).toBe(`Unexpected value at \`${byKind('questions').slug}\`, expected a list of questions and answers`);
  expect(read({ title: 5, fields: {} })).toBe('Unexpected value at `title`, expected text');
  expect(read({ fields: {}, extras: [{ anchor: 'start' }] })).toBe('Unexpected value at `extras`, expected a list of anchored Markdown');
  const unreadable = readDraft(template, 'x');
  expect(unreadable.ok ? 'ok' : draftProblemMessage(unreadable.problem)).toBe('Unexpected data, expected a Specmark draft');
  // A hand-edited draft may hold anything: a key is shown redacted, a long value cut between whole characters.
  const github = credentials.find((credential) => credential.id === 'github-classic')!;
  expect(read({ fields: {} }, github.inline)).toBe(`Unexpected template \`${shownText(github.inline)}\`, expected \`api-integration\``);
  expect(read({ fields: {} }, github.inline)).not.toContain(github.secret);
  expect(read({ fields: {} }, `${'x'.repeat(58)}😀yyy`)).toBe(`Unexpected template \`${'x'.repeat(58)}😀…\`, expected \`api-integration\``);
});

test('answers for rendering drop empty rows and unfilled frames, and leave untouched fields unanswered', () => {
  const list = byKind('list');
  const frames = byKind('sentence-frames');
  const questions = byKind('questions');
  const checklist = model.fields.find((field) => field.kind === 'checklist' && field.items.every((item) => !item.prompt))!;
  const frame = rowFrame(template.sections.flatMap((section) => section.fields).find((field) => field.slug === frames.slug)!, 1);
  const answers = specAnswers(
    template,
    {
      title: '  Twilio   SMS ',
      frontmatter: { owner: ' ', provider: 'Twilio', environments: [] },
      fields: {
        [list.slug]: ['', ' one ', ''],
        [frames.slug]: [frames.items[0]!.text, writeSentence(frame, ['a 429 arrives', 'we wait'])],
        [questions.slug]: questions.items.map((item) => ({ question: item.text, answer: '' })),
        [checklist.slug]: checklist.items.map((item) => ({ checked: false, text: item.text })),
      },
    },
    true,
  );
  expect(answers.title).toBe('Twilio SMS');
  expect(answers.frontmatter).toEqual({ template: template.id, templateVersion: template.version, title: 'Twilio SMS', provider: 'Twilio' });
  expect(answers.fields).toEqual({ [list.slug]: ['one'], [frames.slug]: [writeSentence(frame, ['a 429 arrives', 'we wait'])] });
  expect(renderSpec(model, answers)).toContain(`### ${list.title}\n\n- one\n`);
});

test('a sentence is read back into its gaps; a gap showing its prompt is empty', () => {
  const frames = template.sections.flatMap((section) => section.fields).find((field) => field.kind === 'sentence-frames')!;
  const frame = rowFrame(frames, 0);
  expect(sentenceFills(frame, writeSentence(frame, ['the charge succeeds', '']))).toEqual(['the charge succeeds', '']);
  expect(sentenceFills(frame, 'Something else entirely')).toBeUndefined();
});

test('a sentence follows the frame whose prompts it leaves, wherever it stands; an unfilled one is left out of the spec', () => {
  const frames = template.sections.flatMap((section) => section.fields).find((field) => field.kind === 'sentence-frames')!;
  const error = frames.items.find((item) => item.text.includes('error'))!.text;
  const prefilled = error.replace(/\[API returns error code X\]/, '`POST /charges` returns 402 (Card declined)');
  const last = frames.items.length + 2;
  // Past the template's frames, the row's own frame would be the last one; it follows the error frame instead.
  expect(rowFrame(frames, last, prefilled).gaps).toEqual(rowFrame(frames, frames.items.indexOf(frames.items.find((item) => item.text === error)!)).gaps);
  expect(sentenceFills(rowFrame(frames, last, prefilled), prefilled)).toEqual(['`POST /charges` returns 402 (Card declined)', '']);
  // A sentence the person wrote follows the frame at its place, as before.
  expect(rowFrame(frames, 0, 'When the charge succeeds, we email a receipt').gaps).toEqual(rowFrame(frames, 0).gaps);
  const answers = specAnswers(template, { fields: { [frames.slug]: [frames.items[2]!.text, frames.items[0]!.text, prefilled] } });
  expect(answers.fields[frames.slug]).toEqual([prefilled]);
});

test('prefilled answers join the draft: parts answered differently are named, and kept or replaced as asked', () => {
  const list = byKind('list');
  const frames = byKind('sentence-frames');
  const prompts = list.items.map((item) => item.text);
  const prefilled = {
    title: 'Stripe charges',
    frontmatter: { template: template.id, templateVersion: template.version, title: 'Stripe charges', provider: 'Stripe', api: { description: 'stripe.com.json', operations: ['POST /v1/charges'] } },
    fields: { [list.slug]: [prompts[0]!, '`POST /v1/charges` — Create a charge', ...prompts.slice(1)], [frames.slug]: ['When `POST /v1/charges` returns an error, [how the system responds]'] },
  };
  const draft = { title: 'Stripe charges', frontmatter: { provider: 'Stripe', owner: 'payments' }, fields: { [list.slug]: ['Charge cards at checkout', '', ''], [byKind('prose').slug]: 'Refunds are manual.' } };
  expect(prefillConflicts(template, draft, prefilled)).toEqual([list.title]);
  expect(prefillConflicts(template, { fields: { [list.slug]: ['', '', ''] } }, prefilled)).toEqual([]);
  const kept = mergePrefill(template, draft, prefilled, 'empty-only');
  expect(kept).toEqual({
    ...draft,
    frontmatter: { provider: 'Stripe', owner: 'payments', api: prefilled.frontmatter.api },
    fields: { ...draft.fields, [frames.slug]: prefilled.fields[frames.slug] },
  });
  // Replacing writes the template's prompts in a list as empty rows, as the form starts them.
  expect(mergePrefill(template, draft, prefilled, 'replace').fields[list.slug]).toEqual(['', '`POST /v1/charges` — Create a charge', ...prompts.slice(1).map(() => '')]);
});

test('a waived required checklist item is written struck through with its reason and read back', () => {
  const checklist = template.sections.flatMap((section) => section.fields).find((field) => field.kind === 'checklist' && field.items.some((item) => !item.prompt))!;
  const item = checklist.items.find((each) => !each.prompt)!.text;
  const written = checklistAnswer({ kind: 'required', item, template: item, checked: true, waived: true, reason: ' Public API. ' });
  expect(written).toEqual({ checked: true, text: `~~${item}~~ Public API.` });
  expect(checklistRows(checklist, [written, { checked: false, text: 'Our own item' }])).toEqual([
    { kind: 'required', item, template: item, checked: true, waived: true, reason: 'Public API.' },
    { kind: 'own', text: 'Our own item', checked: false },
  ]);
});

test('a guardrail in other case, with a final period or written twice is the template’s row once, in the spec’s own words', () => {
  const checklist = template.sections.flatMap((section) => section.fields).find((field) => field.kind === 'checklist' && field.items.some((item) => !item.prompt))!;
  const item = checklist.items.find((each) => !each.prompt)!.text;
  const recased = `${item.toLowerCase()}.`;
  const rows = checklistRows(checklist, [{ checked: true, text: recased }, { checked: false, text: `~~${item}~~` }]);
  expect(rows).toEqual([
    { kind: 'required', item: recased, template: item, checked: true, waived: false, reason: '' },
    { kind: 'own', text: `~~${item}~~`, checked: false },
  ]);
  // Checking or waiving it writes the person's words back, not the template's.
  expect(checklistAnswer({ ...rows[0]!, waived: true, reason: 'Internal API.' } as (typeof rows)[0])).toEqual({ checked: true, text: `~~${recased}~~ Internal API.` });
});

test('frontmatter inputs come from the schema: allowed values as choices, dates as date inputs', () => {
  const schema = frontmatterJsonSchema() as { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }>; required: string[] };
  const controls = frontmatterControls(schema);
  const keys = controls.map((control) => control.key);
  expect(keys).not.toContain('template');
  expect(keys).not.toContain('title');
  for (const control of controls) {
    const property = schema.properties[control.key]!;
    if (control.kind === 'select') expect(control.options).toEqual(property.enum);
    if (control.kind === 'multi') expect(control.options).toEqual(property.items?.enum);
    expect(control.required).toBe(schema.required.includes(control.key));
  }
  expect(controls.filter((control) => control.kind === 'select').length).toBeGreaterThan(0);
  // What a draft may leave out is required from a status on, as the schema's rules say.
  expect(Object.fromEntries(controls.filter((control) => control.requiredFrom).map((control) => [control.key, control.requiredFrom]))).toEqual({
    owner: 'review',
    provider: 'review',
    environments: 'review',
    auth: 'approved',
  });
  expect(controls.filter((control) => control.kind === 'multi').length).toBeGreaterThan(0);
  expect(frontmatterControls({ properties: { due: { type: 'string', format: 'date' }, size: { type: 'object' } } })).toEqual([{ key: 'due', kind: 'date', options: [], required: false, description: '' }]);
});

test('progress counts the title and each fully answered field, and the guardrails kept', () => {
  const required = model.fields.flatMap((field) => (field.kind === 'checklist' ? field.items.filter((item) => !item.prompt) : []));
  const blank = specProgress(template, { fields: {} });
  expect(blank).toEqual({
    done: 0,
    total: model.fields.length + 1,
    titleDone: false,
    todo: model.fields.map(({ slug, title }) => ({ slug, title })),
    guardrails: { kept: required.length, total: required.length },
  });
  const prose = byKind('prose');
  const questions = byKind('questions');
  const some = specProgress(template, {
    title: 'x',
    fields: { [prose.slug]: 'Done.', [questions.slug]: questions.items.map((item, index) => ({ question: item.text, answer: index === 0 ? '' : 'Yes.' })) },
  });
  expect(some.done).toBe(2);
  expect(some.titleDone).toBe(true);
  expect(some.todo.map((field) => field.title)).toContain(questions.title);
  expect(some.todo.map((field) => field.title)).not.toContain(prose.title);

  const checklist = model.fields.find((field) => field.kind === 'checklist' && field.items.filter((item) => !item.prompt).length >= 3)!;
  const [first, second, ...rest] = checklist.items.filter((item) => !item.prompt).map((item) => item.text);
  const kept = specProgress(template, {
    fields: { [checklist.slug]: [{ checked: false, text: `~~${first}~~ We store nothing.` }, { checked: true, text: `~~${second}~~` }, ...rest.slice(1).map((text) => ({ checked: true, text }))] },
  });
  // The first is waived with a reason (kept), the second waived without one, the third deleted.
  expect(kept.guardrails).toEqual({ kept: required.length - 2, total: required.length });
});

test('objects in the schema become groups of inputs derived the same way, and an emptied group leaves the frontmatter', () => {
  const schema = frontmatterJsonSchema() as { properties: Record<string, { properties?: Record<string, { enum?: unknown[] }> }> };
  const controls = frontmatterControls(schema);
  const rateLimit = controls.find((control) => control.key === 'rateLimit');
  expect(rateLimit?.kind).toBe('group');
  expect(rateLimit?.controls?.map((control) => [control.key, control.kind, control.required])).toEqual([
    ['requests', 'integer', true],
    ['per', 'select', true],
    ['source', 'text', false],
  ]);
  expect(rateLimit?.controls?.[0]?.minimum).toBe(1);
  expect(rateLimit?.controls?.[1]?.options).toEqual(schema.properties.rateLimit?.properties?.per?.enum);
  const webhooks = controls.find((control) => control.key === 'webhooks');
  expect(webhooks?.controls?.map((control) => [control.key, control.kind])).toEqual([
    ['events', 'list'],
    ['signature', 'group'],
  ]);
  expect(webhooks?.controls?.[1]?.controls?.map((control) => control.key)).toEqual(['header', 'secretEnv']);

  const group = rateLimit!;
  expect(groupValue(group, {}, 'per', 'hour')).toEqual({ per: 'hour' });
  expect(Object.keys(groupValue(group, { per: 'hour', note: 'kept' }, 'requests', 10) ?? {})).toEqual(['requests', 'per', 'note']);
  expect(groupValue(group, { per: 'hour' }, 'per', undefined)).toBeUndefined();
  expect(inputValue(group.controls![0]!, '250')).toBe(250);
  expect(inputValue(group.controls![0]!, '2.5')).toBe('2.5');
  expect(inputValue(group.controls![0]!, '')).toBeUndefined();
  expect(specAnswers(template, { fields: {}, frontmatter: { rateLimit: { requests: 5, source: '  ' }, webhooks: { signature: { header: '' } } } }).frontmatter).toEqual({
    template: template.id,
    templateVersion: template.version,
    rateLimit: { requests: 5 },
  });
});

test('a spec’s `api.description` names the description opened in the editor by its file name, in any folder or package', () => {
  const opened = 'api.github.com.json';
  for (const reference of ['api.github.com.json', './vendor/api.github.com.json', '@octokit/openapi/generated/api.github.com.json', 'vendor\\api.github.com.json', ' api.github.com.json ']) {
    expect(namesOpenedFile(reference, opened), reference).toBe(true);
  }
  for (const reference of ['API.github.com.json', './vendor/api.github.com.yaml', 'api.github.com.json/', 'github.com.json', '']) {
    expect(namesOpenedFile(reference, opened), reference).toBe(false);
  }
});

test('the editor’s lint checks a spec against the opened description when the spec names it, and says nothing about one it cannot read', async () => {
  const read = readDescriptionText(exampleApiDescription);
  if (!read.ok) throw new Error(read.problem.message);
  const { result } = indexDescription(new Map([['acme.yaml', read.value]]), 'acme.yaml');
  if (!result.ok) throw new Error(result.problem.message);
  // The index crosses to the lint worker as bytes, and is read back there once, when a spec names it.
  const opened = readOpenedIndex({ name: 'acme.yaml', bytes: indexBytes(result.value) });
  expect(opened.index()).toEqual(result.value);
  expect(opened.index()).toBe(opened.index());
  const spec = (description: string) =>
    renderSpec(model, { title: 'Refunds to Acme', frontmatter: { api: { description, operations: ['POST /refunds', 'POST /refundz', 'getRefund'] } }, fields: {} });
  const apiMessages = async (markdown: string, given?: OpenedDescriptionIndex) =>
    (await lintSpec(model, markdown, given)).filter((result) => result.ruleId.startsWith('api-')).map(({ ruleId, reason, line, column, fatal, target }) => ({ ruleId, reason, line, column, fatal, target }));

  const named = spec('./vendor/acme.yaml');
  expect(named).toMatch(/^---\napi:\n  description: \.\/vendor\/acme\.yaml\n  operations:\n    - POST \/refunds\n    - POST \/refundz\n    - getRefund\n---\n/);
  // Each message at its line of `api.operations` (lines 5 to 7), leading to the form's `api` inputs.
  const api = { kind: 'frontmatter', key: 'api' };
  expect(await apiMessages(named, opened)).toEqual([
    {
      ruleId: 'api-error-statuses',
      reason: 'Unexpected no answer for `404`, `409`, `429`, `5XX` of `POST /refunds`, expected an answer in `Key behaviors` or `Edge cases` that names each, or them in `Out of scope`',
      line: 5,
      column: 7,
      fatal: true,
      target: api,
    },
    {
      ruleId: 'api-operations',
      reason: 'Unexpected operation `POST /refundz` that `./vendor/acme.yaml` lacks, expected one of `POST /refunds`, `GET /balance`, `GET /refunds/{id}`',
      line: 6,
      column: 7,
      fatal: true,
      target: api,
    },
    { ruleId: 'api-operations', reason: 'Unexpected deprecated operation `GET /refunds/{id}`, expected its replacement `GET /v2/refunds/{id}`', line: 7, column: 7, fatal: false, target: api },
    {
      ruleId: 'api-error-statuses',
      reason: 'Unexpected no answer for `404` of `GET /refunds/{id}`, expected an answer in `Key behaviors` or `Edge cases` that names it, or it in `Out of scope`',
      line: 7,
      column: 7,
      fatal: true,
      target: api,
    },
  ]);
  // Another file's name, or no description open: nothing about the description, and no false alarm that it cannot be read.
  expect(await apiMessages(spec('./vendor/acme.yml'), opened)).toEqual([]);
  expect(await apiMessages(named)).toEqual([]);
});
