import { expect, test } from 'vitest';
import * as main from '@specmark/remark-preset-lint';
import * as docs from '@specmark/remark-preset-lint/docs';
import * as node from '@specmark/remark-preset-lint/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual(['default', 'remarkPresetSpecmarkLint', 'ruleIds', 'rules']);
});

test('the node entry exports the Node preset only', () => {
  expect(Object.keys(node).sort()).toEqual(['default', 'remarkPresetSpecmarkLintNode']);
});

test('the docs entry exports the rule documentation only', () => {
  expect(Object.keys(docs)).toEqual(['ruleDocs']);
});

test('each rule is importable on its own by its id', async () => {
  for (const id of main.ruleIds) {
    const module = (await import(`@specmark/remark-preset-lint/rules/${id}`)) as { default: unknown };
    expect(module.default).toBe(main.rules[id]);
    expect((module.default as { name: string }).name).toBe(`specmark:${id}`);
  }
});

test('the rule ids are the contract with users’ configurations', () => {
  expect(main.ruleIds).toEqual([
    'frontmatter-schema',
    'template-version',
    'required-sections',
    'section-order',
    'no-empty-sections',
    'no-placeholders',
    'specific-audience',
    'questions-answered',
    'open-questions-resolved',
    'no-hollow-answers',
    'specific-behaviors',
    'required-checklist-items',
    'no-secrets',
  ]);
});
