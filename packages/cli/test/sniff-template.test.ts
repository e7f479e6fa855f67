import { expect, test } from 'vitest';
import { sniffTemplate } from '../src/files/sniff-template.ts';

const file = (frontmatter: string): string => `---\n${frontmatter}\n---\n\n# Spec\n`;

test('reads the template a file names, plain or quoted, before a comment', () => {
  expect(sniffTemplate(file('title: A\ntemplate: api-integration\nowner: b'))).toBe('api-integration');
  expect(sniffTemplate(file('template:\t"api integration"  # the built-in one'))).toBe('api integration');
  expect(sniffTemplate(file("template: 'webhooks'\r"))).toBe('webhooks');
  expect(sniffTemplate(file('template: api  #comment'))).toBe('api');
  expect(sniffTemplate('# Spec\ntemplate: api\n')).toBeUndefined();
});

test('a value it cannot read plainly is skipped for the next `template:` line', () => {
  expect(sniffTemplate(file('template: "api\ntemplate: \'a"\ntemplate: a"b\ntemplate: b'))).toBe('b');
  expect(sniffTemplate(file('template: ""\n  template: a\ntemplate:'))).toBeUndefined();
});

test('a `template:` key with only a blank, or a blank and a comment, after it names that blank', () => {
  expect(sniffTemplate(file('template: # none'))).toBe(' ');
  expect(sniffTemplate(file('template:\t'))).toBe('\t');
});
