import fc from 'fast-check';
import { expect, test } from 'vitest';
import { blankSpec, loadBuiltInTemplate, parseSpec, renderSpec } from '@specmark/template';
import { answersArbitrary } from '@specmark/test-support/specs/answers-arbitrary.ts';

const template = await loadBuiltInTemplate('api-integration');

test('parse(render(answers)) gives the answers back, for any answers', () => {
  fc.assert(
    fc.property(answersArbitrary(template), (answers) => {
      const parsed = parseSpec(template, renderSpec(template, answers));
      expect(parsed.answers).toEqual(answers);
    }),
    { numRuns: 300 },
  );
});

test('render(parse(spec)) reproduces a rendered spec byte for byte', () => {
  fc.assert(
    fc.property(answersArbitrary(template), (answers) => {
      const markdown = renderSpec(template, answers);
      expect(renderSpec(template, parseSpec(template, markdown).answers)).toBe(markdown);
    }),
    { numRuns: 300 },
  );
});

test('the blank spec round-trips and has every prompt', () => {
  const blank = blankSpec(template, { title: 'Stripe refunds', status: 'draft' });
  expect(blank.startsWith('---\ntemplate: api-integration\ntemplateVersion: 1\ntitle: Stripe refunds\nstatus: draft\n---\n\n# Stripe refunds\n\n## What and why\n\n### Problem\n\n[What')).toBe(true);
  const { answers, unmapped } = parseSpec(template, blank);
  expect(unmapped).toEqual([]);
  expect(answers.fields).toEqual({});
  expect(renderSpec(template, answers)).toBe(blank);
  for (const field of template.fields) expect(blank).toContain(`### ${field.title}\n\n${field.prompt}\n`);
});
