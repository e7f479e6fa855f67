import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { EditMap } from 'micromark-util-edit-map';
import { afterAll, expect, test } from 'vitest';
import { manyContainerClosings } from '../src/markdown/container-closings.ts';

const options = { extensions: [frontmatter(['yaml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()] };

// micromark's cost: each time its document tokenizer moves the events read so far (an edit map
// with edits, consumed from `initialize/document.js`) to end lists and block quotes.
let moves = 0;
const consume = EditMap.prototype.consume;
EditMap.prototype.consume = function (this: EditMap & { map: unknown[] }, events) {
  if (this.map.length > 0 && /initialize[/\\]document\.js/.test(new Error().stack ?? '')) moves++;
  return consume.call(this, events);
};
afterAll(() => {
  EditMap.prototype.consume = consume;
});

/** The events micromark moves for a text. */
function micromarkMoves(text: string): number {
  moves = 0;
  fromMarkdown(text, options);
  return moves;
}

/** How many lines end lists or block quotes, as counted: the least limit the text stays within. */
function counted(text: string): number {
  let count = 0;
  while (manyContainerClosings(text, count)) count++;
  return count;
}

test('the edit maps counted are the ones micromark uses: a list ended by a paragraph moves events once', () => {
  expect(micromarkMoves('- a\n\nb\n')).toBe(1);
  expect(micromarkMoves('- a\n- b\n')).toBe(0);
  expect(counted('- a\n\nb\n')).toBe(1);
  expect(counted('- a\n- b\n\n- c\n')).toBe(0);
});

test('lines ending lists and block quotes are counted where they are passed', () => {
  expect(manyContainerClosings('> a\n\nb\n\n- c\n\nd\n', 1)).toEqual({ place: { line: 7, column: 1, offset: 13 }, limit: 1 });
  expect(manyContainerClosings('- a\n  - b\n- c\n  - d\n- e\n', 1)).toEqual({ place: { line: 5, column: 1, offset: 20 }, limit: 1 });
  expect(manyContainerClosings('> a\nlazy\nlazy\nlazy\n\n', 1)).toBeUndefined();
  expect(manyContainerClosings('- a\r\n\r\nb\r\n- c\r\n# d\r\n', 1)).toEqual({ place: { line: 5, column: 1, offset: 15 }, limit: 1 });
});

const line = fc
  .tuple(
    fc.constantFrom('', '', ' ', '  ', '   ', '    '),
    fc.array(fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '  ', '   '), { maxLength: 3 }),
    fc.constantFrom('', 'text', 'more text', '# Heading', '## Heading', 'a paragraph'),
  )
  .map(([indent, containers, content]) => indent + containers.join('') + content);

test('on Markdown of lists, block quotes, paragraphs and headings, never fewer than the times micromark moves its events', () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const text = lines.join('\n') + '\n';
      expect(counted(text)).toBeGreaterThanOrEqual(micromarkMoves(text));
    }),
    { numRuns: 3_000 },
  );
});
