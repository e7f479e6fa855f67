import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { loadBuiltInTemplate, parseSpec, renderSpec } from '@specmark/template';

const template = await loadBuiltInTemplate('api-integration');

const handWritten = await readFile(new URL('fixtures/hand-written.md', import.meta.url), 'utf8');
const items = (slug: string): string[] => template.fields.find((field) => field.slug === slug)!.items.map((item) => item.text);
const [hardcodedKeys, , , , rawResponses] = items('do-not');
const [unavailable, , expiredToken] = items('edge-cases');
test('a spec written by hand parses into answers, field by field', () => {
  const { answers } = parseSpec(template, handWritten);
  expect(answers.frontmatter).toEqual({ template: 'api-integration', templateVersion: 1, title: 'Stripe refunds' });
  expect(answers.title).toBe('Stripe refunds');
  expect(answers.fields).toEqual({
    problem: 'Support issues refunds by hand in the Stripe dashboard.\n\n<Callout type="warning">Refunds over $500 need approval.</Callout>',
    'who-this-is-for': 'Support agents (role `support-agent`) refunding card payments.',
    'in-scope': ['Create refunds', 'Handle `charge.refund.updated`\nacross two lines'],
    'edge-cases': [
      { question: unavailable, answer: 'Retry with backoff, then alert.' },
      { question: expiredToken, answer: '' },
    ],
    'do-not': [
      { checked: true, text: hardcodedKeys },
      { checked: false, text: `~~${rawResponses}~~ We store none.` },
    ],
  });
});

test('what maps to no field is kept and reported with its place', () => {
  const { answers, unmapped } = parseSpec(template, handWritten);
  expect(unmapped.map(({ anchor, reason, place, markdown }) => [anchor, reason, place.line, place.column, markdown])).toEqual([
    ['start', 'before-title', 6, 1, "import Callout from '../components/Callout.astro';"],
    ['field:in-scope', 'outside-field', 28, 1, 'Note between the list and the next field.'],
    ['field:edge-cases', 'unknown-heading', 35, 1, '### Rollout plan\n\nBehind a flag for a week.'],
  ]);
  expect(answers.extras).toEqual(unmapped.map(({ anchor, markdown }) => ({ anchor, markdown })));
  const rendered = renderSpec(template, answers);
  for (const { markdown } of unmapped) expect(rendered).toContain(markdown);
  expect(rendered).toContain("import Callout from '../components/Callout.astro';\n\n# Stripe refunds");
});

test('CRLF and a BOM are remembered and written back', () => {
  const crlf = '\ufeff' + handWritten.replace(/\n/g, '\r\n');
  const { answers } = parseSpec(template, crlf);
  expect(answers.format).toEqual({ lineEnding: '\r\n', bom: true });
  expect(answers.fields['in-scope']).toEqual(['Create refunds', 'Handle `charge.refund.updated`\nacross two lines']);
  const rendered = renderSpec(template, answers);
  expect(rendered.startsWith('\ufeff---\r\ntemplate: api-integration\r\n')).toBe(true);
  expect(rendered.replace(/\r\n/g, '')).not.toContain('\n');
});

test('frontmatter that is not valid YAML is kept verbatim and reported', () => {
  const markdown = '---\ntitle: [unclosed\n---\n\n# Name\n';
  const { answers, unmapped } = parseSpec(template, markdown);
  expect(answers.frontmatter).toBeUndefined();
  expect(unmapped).toEqual([{ anchor: 'frontmatter', reason: 'frontmatter-invalid', markdown: 'title: [unclosed', place: { line: 1, column: 1, offset: 0 } }]);
  expect(renderSpec(template, answers).startsWith('---\ntitle: [unclosed\n---\n\n# Name\n')).toBe(true);
});

test('frontmatter with a tag YAML cannot resolve is read without a warning that would print its text', async () => {
  const warnings: string[] = [];
  const listen = (warning: Error) => warnings.push(warning.message);
  process.on('warning', listen);
  const key = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
  const { answers } = parseSpec(template, `---\ntitle: !${key} Stripe refunds\n---\n\n# Name\n`);
  await new Promise((resolve) => setTimeout(resolve, 10));
  process.off('warning', listen);
  expect(warnings).toEqual([]);
  expect(answers.frontmatter).toEqual({ title: 'Stripe refunds' });
});

test('a repeated field keeps its second copy as extra content', () => {
  const markdown = '# Name\n\n## What and why\n\n### Problem\n\nFirst.\n\n### Problem\n\nSecond.\n';
  const { answers, unmapped } = parseSpec(template, markdown);
  expect(answers.fields.problem).toBe('First.');
  expect(unmapped.map((piece) => [piece.reason, piece.markdown])).toEqual([['repeated-heading', '### Problem\n\nSecond.']]);
});

test('a field still showing its prompt is unanswered; an emptied field is answered empty', () => {
  const markdown = renderSpec(template, { fields: {} }).replace(`### Tech stack\n\n${template.fields.find((f) => f.slug === 'tech-stack')!.prompt}\n\n`, '### Tech stack\n\n');
  const { answers } = parseSpec(template, markdown);
  expect(answers.fields).toEqual({ 'tech-stack': '' });
});

test('garbage parses without throwing', () => {
  for (const input of ['', '\u0000\u0001\uffff', '---\n', '# \n## \n### \n', '- [ ]\n'.repeat(100), '>'.repeat(5000) + ' deep']) {
    expect(() => parseSpec(template, input)).not.toThrow();
  }
});
