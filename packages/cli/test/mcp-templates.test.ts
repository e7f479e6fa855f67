import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ruleDocs } from '@specmark/remark-preset-lint/docs';
import { answerExpectations } from '@specmark/template';
import { afterEach, expect, test } from 'vitest';
import { mcpSession, textOf, type McpSession } from './support/mcp-session.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A team's own template, in the same conventions as the built-in one. */
const teamTemplate = `---
id: data-pipeline
version: 3
title: Data pipeline
summary: For batch jobs that move data between systems.
changes:
  3: Added the Backfill field.
---

# [Pipeline name — e.g., "Nightly orders export"]

## Shape

### Purpose

[Which decision does this data feed?]

### Sources

- [Table or topic read]

### Behaviours

- When [a batch fails], [what happens to the rest]

## Guardrails

### Must

- [ ] Runs are idempotent
- [ ] [A team-specific rule]
`;

/** Today, as the server writes `created`. */
const today = (): string => new Date().toISOString().slice(0, 10);

test('new_spec returns what `specmark new` writes, and writes it only when asked, never over a file', async () => {
  const folder = await tempFolder();
  session = await mcpSession(folder);
  const args = { title: 'Stripe refunds', owner: 'payments-team', provider: 'Stripe', environments: ['sandbox', 'production', 'sandbox'] };
  const shown = await session.call('new_spec', args);
  expect(shown.isError).toBeFalsy();
  await expect(readFile(join(folder, 'stripe-refunds.md'))).rejects.toThrow();

  const twin = await tempFolder();
  const cli = await runCli(twin, ['new', 'api-integration', 'Stripe refunds', '--owner', 'payments-team', '--provider', 'Stripe', '--environments', 'sandbox,production'], new Date());
  expect(cli.code).toBe(0);
  const expected = await readFile(join(twin, 'stripe-refunds.md'), 'utf8');
  expect(expected).toContain(`created: ${today()}`);
  expect(shown.structuredContent).toEqual({ template: 'api-integration', templateVersion: 1, path: 'stripe-refunds.md', text: expected, written: false });
  expect(textOf(shown)).toBe(`A new spec for stripe-refunds.md from template \`api-integration\` v1, not written (call again with \`write: true\` to create the file):\n\n${expected}`);

  const written = await session.call('new_spec', { ...args, path: 'docs/specs/refunds.md', write: true });
  expect(textOf(written)).toBe('Wrote docs/specs/refunds.md from template `api-integration` v1: replace each [bracketed prompt] (get_template says what each field asks), then run check_spec.');
  expect(await readFile(join(folder, 'docs/specs/refunds.md'), 'utf8')).toBe(expected);
  const check = await session.call('check_spec', { paths: ['docs/specs/refunds.md'] });
  expect(check.structuredContent).toMatchObject({ errorCount: 0 });

  const again = await session.call('new_spec', { title: 'Other', path: 'docs/specs/refunds.md', write: true });
  expect(again).toEqual({ isError: true, content: [{ type: 'text', text: 'Unexpected existing file `docs/specs/refunds.md`, expected a new path (an existing file is never overwritten).' }] });
  expect(await readFile(join(folder, 'docs/specs/refunds.md'), 'utf8')).toBe(expected);

  expect(textOf(await session.call('new_spec', { title: '  ' }))).toBe('Unexpected value for `title`, expected one line of text that is not empty, without control characters.');
  expect(textOf(await session.call('new_spec', { title: 'Two\nlines' }))).toBe('Unexpected value for `title`, expected one line of text that is not empty, without control characters.');
  expect(textOf(await session.call('new_spec', { title: 'x', owner: 'a\rb' }))).toBe('Unexpected value for `owner`, expected one line of text that is not empty, without control characters.');
  // Refused as `specmark new` refuses it: a control character would act on a terminal that shows the spec.
  expect(textOf(await session.call('new_spec', { title: 'Refunds\u001B[2K' }))).toBe('Unexpected value for `title`, expected one line of text that is not empty, without control characters.');
  expect(textOf(await session.call('new_spec', { title: 'x', template: 'payments' }))).toBe('Unexpected template `payments`, expected one of `api-integration` (see `list_templates`).');
  expect((await session.call('new_spec', { title: 'x', environments: ['prod'] })).isError).toBe(true);
});

test('new_spec refuses a path with a control, line-break or bidirectional-text character, or ending in `/`, as `specmark new` does, and writes nothing', async () => {
  const folder = await tempFolder();
  session = await mcpSession(folder);
  const control = (shown: string): string => `Unexpected path \`${shown}\` with a line break, control or bidirectional-text character, expected a file path of printable characters.`;
  for (const write of [false, true]) {
    for (const [path, shown] of [
      ['new\n# Injected.md', 'new\\n# Injected.md'],
      ['new\u001B[2J.md', 'new\\u001B[2J.md'],
      ['invoice\u202Egpj.md', 'invoice\\u202Egpj.md'],
      ['docs\u2066/new.md', 'docs\\u2066/new.md'],
    ]) {
      expect(await session.call('new_spec', { title: 'Refunds', path, write }), path).toEqual({ isError: true, content: [{ type: 'text', text: control(shown!) }] });
    }
    expect(await session.call('new_spec', { title: 'Refunds', path: 'new6.md/', write })).toEqual({
      isError: true,
      content: [{ type: 'text', text: 'Unexpected path `new6.md/` ending in `/`, expected the path of a file.' }],
    });
  }
  expect(await readdir(folder)).toEqual([]);
  // The same refusals from the command line.
  expect(await runCli(folder, ['new', 'Refunds', '-o', 'invoice\u202Egpj.md'])).toEqual({ code: 2, stdout: '', stderr: `specmark: ${control('invoice\\u202Egpj.md')}\n` });
  expect(await runCli(folder, ['new', 'Refunds', '-o', 'new6.md/'])).toEqual({ code: 2, stdout: '', stderr: 'specmark: Unexpected path `new6.md/` ending in `/`, expected the path of a file.\n' });
  expect(await readdir(folder)).toEqual([]);
});

test('list_templates and new_spec know the workspace\'s own template from its configuration', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'templates/data-pipeline.md': teamTemplate, 'specmark.config.json': JSON.stringify({ template: './templates/data-pipeline.md' }) });
  session = await mcpSession(folder);
  const listed = await session.call('list_templates');
  expect(listed.structuredContent).toEqual({
    defaultTemplate: 'data-pipeline',
    templates: [
      { id: 'api-integration', version: 1, title: 'API Integration', summary: expect.stringMatching(/^API integrations fail/), source: 'built-in', default: false, sections: 2, fields: 12 },
      { id: 'data-pipeline', version: 3, title: 'Data pipeline', summary: 'For batch jobs that move data between systems.', source: 'templates/data-pipeline.md', default: true, sections: 2, fields: 4 },
    ],
  });
  expect(textOf(listed)).toBe('2 templates: `api-integration` v1 (API Integration; built-in), `data-pipeline` v3 (Data pipeline; templates/data-pipeline.md, default).');

  const guide = await session.call('get_template', {});
  expect(guide.structuredContent).toMatchObject({
    id: 'data-pipeline',
    version: 3,
    source: 'templates/data-pipeline.md',
    default: true,
    titlePrompt: '[Pipeline name — e.g., "Nightly orders export"]',
    titleExamples: ['Nightly orders export'],
    sections: [
      { slug: 'shape', fields: [{ slug: 'purpose', kind: 'prose', asks: ['Which decision does this data feed?'] }, { slug: 'sources', kind: 'list' }, { slug: 'behaviours', kind: 'sentence-frames', answerFormat: ['- When …, …'] }] },
      {
        slug: 'guardrails',
        fields: [
          {
            slug: 'must',
            kind: 'checklist',
            items: [
              { text: 'Runs are idempotent', required: true },
              { text: '[A team-specific rule]', required: false },
            ],
            answerFormat: ['- [x] Runs are idempotent', '- [ ] ~~Runs are idempotent~~ …'],
          },
        ],
      },
    ],
  });
  const spec = await session.call('new_spec', { title: 'Orders export', write: true });
  expect(spec.structuredContent).toMatchObject({ template: 'data-pipeline', templateVersion: 3, path: 'orders-export.md', written: true });
  const text = await readFile(join(folder, 'orders-export.md'), 'utf8');
  expect(text).toContain('template: data-pipeline\ntemplateVersion: 3\n');
  expect(text).toContain('### Must\n\n- [ ] Runs are idempotent\n- [ ] [A team-specific rule]\n');
});

test('get_template: every section and field of the model, with kind, prompts, examples, required items and the answer format', async () => {
  const folder = await tempFolder();
  session = await mcpSession(folder);
  const result = await session.call('get_template', {});
  const guide = result.structuredContent as { sections: { slug: string; title: string; fields: Record<string, unknown>[] }[] } & Record<string, unknown>;
  const template = await apiTemplate();
  expect(guide).toMatchObject({ id: 'api-integration', version: 1, title: 'API Integration', source: 'built-in', default: true, titleExamples: ['Stripe payment intent integration'] });
  expect(guide.sections.map((section) => [section.slug, section.title, section.fields.map((field) => field.slug)])).toEqual(
    template.sections.map((section) => [section.slug, section.title, section.fields.map((field) => field.slug)]),
  );
  const field = (slug: string) => guide.sections.flatMap((section) => section.fields).find((each) => each.slug === slug)!;
  const model = (slug: string) => template.fields.find((each) => each.slug === slug)!;
  expect(field('tech-stack')).toEqual({
    slug: 'tech-stack',
    title: 'Tech stack',
    kind: 'prose',
    howToAnswer: 'Replace the bracketed prompt with your own prose: specific, in a few sentences or paragraphs.',
    prompt: model('tech-stack').prompt,
    asks: [],
    examples: ['Next.js 14, Node.js backend, Prisma, PostgreSQL — API calls made server-side only'],
    items: [],
    answerFormat: [],
    goodAnswer: ['Each answer names something a reviewer can check: never a placeholder (TBD, N/A, ?) or a vague answer (“handled gracefully”, “should be fine”).'],
    options: {},
  });
  expect(field('who-this-is-for')).toMatchObject({ kind: 'prose', options: { vagueAudiences: expect.arrayContaining(['all users', 'everyone']) } });
  const doNot = model('do-not');
  expect(field('do-not')).toMatchObject({
    kind: 'checklist',
    howToAnswer: 'Keep every item as written: check it (`[x]`) when it is met, or strike it through and say why it does not apply after it. Extra items are welcome.',
    items: doNot.items.map((item) => ({ text: item.text, required: true })),
    answerFormat: [`- [x] ${doNot.items[0]!.text}`, `- [ ] ~~${doNot.items[0]!.text}~~ …`],
  });
  expect(field('open-questions')).toMatchObject({
    kind: 'checklist',
    asks: model('open-questions').items.map((item) => item.text.slice(1, -1)),
    answerFormat: ['- [ ] Authentication method confirmed?', '- [x] Authentication method confirmed? …'],
  });
  expect(field('key-behaviors')).toMatchObject({ kind: 'sentence-frames', answerFormat: ['- When …, …'], asks: expect.arrayContaining(['API call succeeds', 'retry behavior']) });
  // What a good answer names comes from the same reading of answers the checks use.
  expect(field('key-behaviors').goodAnswer).toEqual(answerExpectations(model('key-behaviors')));
  expect(field('key-behaviors').goodAnswer).toContain('An error behavior names the status or error code that triggers it, such as `409` or `card_declined`.');
  expect(field('open-questions').goodAnswer[1]).toMatch(/never a bare “Yes\.” or “Confirmed\.”/);
  expect(field('edge-cases')).toMatchObject({ kind: 'questions', answerFormat: [`- **${model('edge-cases').items[0]!.text}** …`] });
  expect(field('in-scope')).toMatchObject({ kind: 'list', answerFormat: ['- …'], asks: ['What this integration does', 'Which endpoints or events it handles', 'Which environments it covers — sandbox and production, or production only'] });
  expect(textOf(result)).toMatch(/^Template `api-integration` v1 \(API Integration\), 2 sections and 12 fields\. What and why: Problem \(prose\), /);
  expect(textOf(await session.call('get_template', { template: 'nope' }))).toBe('Unexpected template `nope`, expected one of `api-integration` (see `list_templates`).');
});

test('explain_rule: the rule documentation the site shows, and the workspace setting', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'specmark.config.json': JSON.stringify({ rules: { 'no-placeholders': 'warn' } }) });
  session = await mcpSession(folder);
  const docs = ruleDocs.find((each) => each.id === 'required-checklist-items')!;
  const result = await session.call('explain_rule', { rule: 'required-checklist-items' });
  expect(result.structuredContent).toEqual({
    id: docs.id,
    summary: docs.summary,
    description: docs.description,
    severity: 'error',
    options: [],
    messages: {
      'missing-item': 'Unexpected missing item `{{item}}` in `{{field}}`, expected it, or struck through with the reason it does not apply',
      'waiver-without-reason': 'Unexpected waived item `{{item}}` without a reason, expected why it does not apply after `~~…~~`',
    },
    examples: docs.examples.map((example) => ({
      name: example.name,
      ok: example.output.length === 0,
      input: example.input,
      output: example.output,
      ...(example.repaired === undefined ? {} : { repaired: example.repaired }),
      template: example.template,
    })),
  });
  // The rejected example's quick fixes restore the missing guardrail.
  expect(docs.examples.find((example) => example.name === 'not-ok.md')?.repaired).toContain('\n+- [ ] Do not log payloads\n');
  expect(textOf(result)).toBe(`required-checklist-items: ${docs.summary} Severity: error.\n\n${docs.description}`);
  const configured = await session.call('explain_rule', { rule: 'no-placeholders' });
  expect(configured.structuredContent).toMatchObject({ id: 'no-placeholders', configured: 'warn' });
  expect(textOf(configured)).toContain('This workspace sets it to "warn".');
  // A rule that reads the provider's API description says, with each example, what the description beside the spec holds.
  const api = (await session.call('explain_rule', { rule: 'api-operations' })).structuredContent as { examples: { name: string; setting?: string }[] };
  expect(api.examples.find((example) => example.name === 'not-ok.md')?.setting).toMatch(
    /^`\.\/acme\.openapi\.yaml` is an OpenAPI 3\.1 description of Acme Payments: `POST \/refunds` \(`createRefund`\) documents `201`, `404`, `409`, `429`, `5XX`; `GET \/refunds\/\{id\}` \(`getRefund`\) documents `200`, `404` and is deprecated, replaced by `GET \/v2\/refunds\/\{id\}`; /,
  );
  expect(api.examples.find((example) => example.name === 'no-description-read.md')?.setting).toBeUndefined();
  expect(textOf(await session.call('explain_rule', { rule: 'no-such-rule' }))).toBe(`Unexpected rule \`no-such-rule\`, expected one of ${ruleDocs.map((each) => '`' + each.id + '`').join(', ')}.`);
});
