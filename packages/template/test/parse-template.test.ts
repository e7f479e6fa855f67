import { expect, test } from 'vitest';
import { parseTemplate, TemplateError } from '@specmark/template';

const good = `---
id: vendor-onboarding
version: 2
title: Vendor onboarding
fields:
  owner:
    note: kept
---

# [Vendor name]

## Basics

### Owner

[Who owns the vendor relationship?]

### Risks

- **What happens when the vendor goes away?**

### Checks

- [ ] Contract signed
- [ ] [Anything else?]
`;

test('a team template becomes a model without code', () => {
  const template = parseTemplate(good, { path: 'templates/vendor.md' });
  expect(template).toMatchObject({ id: 'vendor-onboarding', version: 2, title: 'Vendor onboarding', titlePrompt: '[Vendor name]', path: 'templates/vendor.md' });
  expect(template.fields.map((field) => [field.slug, field.kind, field.items.map((item) => [item.text, item.prompt])])).toEqual([
    ['owner', 'prose', []],
    ['risks', 'questions', [['What happens when the vendor goes away?', false]]],
    ['checks', 'checklist', [['Contract signed', false], ['[Anything else?]', true]]],
  ]);
  expect(template.fields[0]?.options).toEqual({ note: 'kept' });
  expect(template.fields[0]?.prompt).toBe('[Who owns the vendor relationship?]');
});

test('CRLF and a BOM are accepted', () => {
  const template = parseTemplate('\ufeff' + good.replace(/\n/g, '\r\n'));
  expect(template.fields.map((field) => field.slug)).toEqual(['owner', 'risks', 'checks']);
});

function problems(markdown: string): string {
  try {
    parseTemplate(markdown, { path: 'bad.md' });
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error('expected a TemplateError');
}

test('a template without frontmatter says so at line 1', () => {
  expect(problems('# [Name]\n\n## A\n\n### B\n\n[b]\n')).toBe(
    'bad.md:1:1: Unexpected template without frontmatter, expected YAML frontmatter with `id` and `version`',
  );
});

test('bad frontmatter values are placed on their line', () => {
  expect(problems('---\nid: Vendor Onboarding\nversion: 0\ntitle: x\n---\n\n# [Name]\n\n## A\n\n### B\n\n[b]\n')).toBe(
    [
      'bad.md:2:5: Unexpected `"Vendor Onboarding"` for `id`, expected a kebab-case id such as `api-integration`',
      'bad.md:3:10: Unexpected `0` for `version`, expected a positive integer up to 9007199254740991',
    ].join('\n'),
  );
});

test('invalid YAML is one located problem', () => {
  expect(problems('---\nid: a\nversion: [1\n---\n\n# [Name]\n')).toMatch(/^bad\.md:3:\d+: Unexpected invalid YAML in frontmatter \(.+\), expected a YAML mapping/);
});

test('structural problems list every one with its line', () => {
  const markdown = ['---', 'id: a', 'version: 1', 'title: A', 'fields:', '  ghost: {}', '---', '', 'Intro text.', '', '### Orphan', '', '[x]', '', '# [Name]', '', '## Empty', '', '## Real', '', '### Field', '', '', '### Field', '', '[again]', '', '#### Deep', ''].join('\n');
  expect(problems(markdown)).toBe(
    [
      'bad.md:6:3: Unexpected options for unknown field `ghost`, expected one of `field`',
      'bad.md:9:1: Unexpected paragraph outside a field, expected content under a `###` field heading',
      'bad.md:11:1: Unexpected field `Orphan` before any section, expected it under a `##` section',
      'bad.md:13:1: Unexpected paragraph outside a field, expected content under a `###` field heading',
      'bad.md:17:1: Unexpected section `Empty` without fields, expected at least one `###` field',
      'bad.md:21:1: Unexpected empty field `Field`, expected a bracketed prompt or a list of items',
      'bad.md:24:1: Unexpected second field `Field`, expected unique field titles (the first is on line 21)',
      'bad.md:26:1: Unexpected paragraph outside a field, expected content under a `###` field heading',
      'bad.md:28:1: Unexpected heading of depth 4, expected `#` title, `##` sections and `###` fields',
    ].join('\n'),
  );
});

test('a missing title and a field with two blocks are reported', () => {
  expect(problems('---\nid: a\nversion: 1\ntitle: A\n---\n\n## S\n\n### F\n\n[a]\n\n- [b]\n')).toBe(
    [
      'bad.md:1:1: Unexpected template without a `#` heading, expected a `#` heading with the prompt for the feature name',
      'bad.md:13:1: Unexpected list in field `F`, expected one paragraph or one list',
    ].join('\n'),
  );
});
