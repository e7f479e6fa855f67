import { parseTemplate } from '@specmark/template';
import { expect, test } from 'vitest';
import { exampleTemplate } from '../src/lib/docs/example-template.ts';
import { templatePrompts } from '../src/lib/spec/template-prompts.ts';

test('quoted `e.g.` examples run to the first closing quotation mark on their line', () => {
  const prompt = '[What goes wrong today? e.g. “lost events, e.g., "late ones" or e.g. “two”, e.g. "open\ne.g.\n“dropped”]';
  const template = parseTemplate(exampleTemplate.replace('[What goes wrong today?]', prompt));
  expect(templatePrompts(template).examples.get('problem')).toEqual(['lost events, e.g., ', 'two', 'dropped']);
});
