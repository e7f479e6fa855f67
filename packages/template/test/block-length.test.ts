import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { expect, test } from 'vitest';
import { longBlock } from '../src/markdown/block-length.ts';

const options = { extensions: [frontmatter(['yaml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] };

/** Characters other than spaces and tabs, and line endings, as the limit counts them. */
function counted(text: string): number {
  return text.replace(/[ \t]/g, '').replace(/\r\n/g, '\n').length;
}

/** The longest paragraph or heading micromark reads in a text, counted as the limit counts (whole lines). */
function longestParagraph(text: string): number {
  let longest = 0;
  const visit = (node: Nodes): void => {
    if ((node.type === 'paragraph' || node.type === 'heading') && node.position) {
      const start = text.lastIndexOf('\n', node.position.start.offset! - 1) + 1;
      const end = text.indexOf('\n', node.position.end.offset!);
      longest = Math.max(longest, counted(text.slice(start, end === -1 ? text.length : end)));
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(text, options));
  return longest;
}

test('a paragraph past the limit is refused where it starts, also after list items and a table', () => {
  const paragraph = 'a b\n'.repeat(11_000);
  expect(longBlock(`# Title\n\n${paragraph}`)).toEqual({ place: { line: 3, column: 1, offset: 9 }, limit: 32_768 });
  // After list items, the last item's paragraph goes on in the lines that follow it (lazily).
  expect(longBlock(`${'- an item\n'.repeat(3)}${paragraph}`)).toEqual({ place: { line: 3, column: 1, offset: 20 }, limit: 32_768 });
  const table = '| a | b |\n| - | - |\n| c | d |\n';
  expect(longBlock(`${table}${paragraph}`)).toEqual({ place: { line: 4, column: 1, offset: table.length }, limit: 32_768 });
  // Lazy lines continue the paragraph of a list item.
  expect(longBlock(`- ${paragraph}`)).toEqual({ place: { line: 1, column: 1, offset: 0 }, limit: 32_768 });
  // After frontmatter that never closes, list items are paragraph text.
  expect(longBlock(`---\n\n${'- an item\n'.repeat(5_000)}`)).toEqual({ place: { line: 3, column: 1, offset: 5 }, limit: 32_768 });
  // Ordered items not numbered 1 after text continue it too.
  expect(longBlock(`text\n${Array.from({ length: 6_000 }, (_, index) => `${index + 2}. a`).join('\n')}\n`)).toEqual({ place: { line: 1, column: 1, offset: 0 }, limit: 32_768 });
});

test.each([
  ['a tight list', '- an item of a tight list\n'],
  ['a tight task list', '- [ ] a task of a tight list\n'],
  ['a tight ordered list', '1. an item of a list\n'],
  ['a tight list in a block quote', '> - an item of a quoted list\n'],
])('%s of 160 KB is within the limit: micromark reads it in linear time', (_, unit) => {
  const text = unit.repeat(6_500);
  expect(longBlock(`# Title\n\n${text}`)).toBeUndefined();
});

test('an ordered list numbered on from 1 is within the limit, as is a table of 160 KB', () => {
  expect(longBlock(`${Array.from({ length: 8_000 }, (_, index) => `${index + 1}) an item of a list`).join('\n')}\n`)).toBeUndefined();
  expect(longBlock(`Events:\n\n| Event | Action |\n| --- | --- |\n${'| payment_intent.succeeded | mark the order paid |\n'.repeat(3_500)}`)).toBeUndefined();
  // Rows leave the table where they change their block quote markers, or hold a `>`.
  expect(longBlock(`> | a |\n> | - |\n${'| c |\n'.repeat(9_000)}`)).toEqual({ place: { line: 3, column: 1, offset: 16 }, limit: 32_768 });
  expect(longBlock(`<!--\n\n| a |\n| - |\n| c --> |\n${'| c |\n'.repeat(9_000)}`)).toEqual({ place: { line: 5, column: 1, offset: 18 }, limit: 32_768 });
  // A header row with as many cells as the delimiter row only.
  expect(longBlock(`| a | b |\n| - |\n${'| c |\n'.repeat(9_000)}`)).toEqual({ place: { line: 1, column: 1, offset: 0 }, limit: 32_768 });
});

test('block quote markers are read in one pass, however many', () => {
  const started = performance.now();
  expect(longBlock(`${'> '.repeat(20_000)}deep\n`)).toBeUndefined();
  expect(performance.now() - started).toBeLessThan(1_000);
});

test('no paragraph micromark reads is longer than the limit when the text is within it', () => {
  const line = fc.constantFrom('a b', 'text', '- x', '* x', '+ x', '-', '- [ ] t', '1. x', '2. x', '1) x', '3) x', '| a |', '| a | b |', '| - |', '| - | - |', '|', '| |', '| \\| |', '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '<div>', '---', '***', '- - -', '# h', '', '>');
  const prefix = fc.constantFrom('', '', '', '> ', '>', '  ', '   ', '    ', '\t', '> > ', '>  ', ' > ');
  const text = fc.array(fc.tuple(prefix, line).map(([before, content]) => before + content), { minLength: 1, maxLength: 40 }).map((lines) => `${lines.join('\n')}\n`);
  fc.assert(
    fc.property(text, fc.integer({ min: 4, max: 40 }), (markdown, limit) => {
      if (longBlock(markdown, limit) === undefined) expect(longestParagraph(markdown)).toBeLessThanOrEqual(limit);
    }),
    { numRuns: 5_000 },
  );
});
