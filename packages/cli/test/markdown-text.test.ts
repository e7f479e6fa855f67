import { expect, test } from 'vitest';
import { clipParagraphs, markdownText } from '../src/report/markdown-text.ts';

test('Markdown as text: code spans without backticks, a paragraph per line, blocks apart', () => {
  const markdown = '# The `no-secrets` rule\n\nSpecs are *shared*\nwidely: see [the page](https://specmark.dev).\n\n- one `a`\n- two\n\n```sh\nexport A=1\n```\n\n<!-- a comment -->\n\n> quoted\n';
  expect(markdownText(markdown)).toBe('The no-secrets rule\n\nSpecs are shared widely: see the page.\n\n- one a\n- two\n\nexport A=1\n\nquoted');
});

test('short text is kept whole', () => {
  expect(clipParagraphs('One.\n\nTwo.', 10)).toBe('One.\n\nTwo.');
});

test('long text keeps the whole paragraphs that fit', () => {
  expect(clipParagraphs('First paragraph.\n\nSecond paragraph.\n\nThird.', 40)).toBe('First paragraph.\n\nSecond paragraph.');
});

test('a first paragraph too long on its own is cut after its last sentence that fits, or at the limit', () => {
  expect(clipParagraphs('One sentence. Two sentences. Three sentences.', 30)).toBe('One sentence. Two sentences.…');
  expect(clipParagraphs('x'.repeat(50), 10)).toBe('x'.repeat(9) + '…');
  expect(clipParagraphs('x'.repeat(2000)).length).toBe(1024);
});
