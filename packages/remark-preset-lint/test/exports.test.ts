import { expect, test } from 'vitest';
import * as main from '@specmark/remark-preset-lint';
import * as docs from '@specmark/remark-preset-lint/docs';
import * as node from '@specmark/remark-preset-lint/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual(['checkPresetOptions', 'default', 'messageIdentity', 'presetMessages', 'remarkPresetSpecmarkLint', 'ruleIds', 'ruleMessages', 'rules']);
});

test('the node entry exports the Node preset and what the command line shares with it', () => {
  expect(Object.keys(node).sort()).toEqual([
    'ancestorGitignores',
    'apiDescriptionInputs',
    'default',
    'isGitignored',
    'listRepositoryFiles',
    'neverSearched',
    'remarkPresetSpecmarkLintNode',
    'repositoryInputs',
    'repositoryRoot',
    'specmarkConfigFiles',
    'withGitignore',
  ]);
});

test('Node resolves the main entry to the Node preset, with the same exports as the browser entry', async () => {
  expect(main.default).toBe(node.default);
  expect(main.remarkPresetSpecmarkLint).toBe(node.default);
  const browser = await import('../src/index.ts');
  expect(Object.keys(main).sort()).toEqual(Object.keys(browser).sort());
  expect(browser.default).not.toBe(node.default);
});

test('the docs entry exports the rule documentation and the wording of an example’s setting', () => {
  expect(Object.keys(docs).sort()).toEqual(['exampleSetting', 'ruleDocs']);
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
    'reference-files-exist',
    'consistent-frontmatter',
    'api-operations',
    'api-error-statuses',
    'api-auth-webhooks',
  ]);
});
