import { expect, test } from 'vitest';
import { reachesAcrossBlocks } from '../src/editor/preview/cross-block-markdown.ts';

test('a definition or an HTML block, after up to three spaces, reaches across blocks', () => {
  expect(reachesAcrossBlocks('# A\n\n[stripe]: https://stripe.com\n')).toBe(true);
  expect(reachesAcrossBlocks('# A\n   [^1]: A footnote.\n')).toBe(true);
  expect(reachesAcrossBlocks('# A\n\n<details>\n')).toBe(true);
  expect(reachesAcrossBlocks('# A\n\n    [code]: not a definition\n')).toBe(false);
  expect(reachesAcrossBlocks('# A\n\nSee [stripe]: here.\n')).toBe(false);
});

test('a label may span lines and escape `]`, but not escape a line break', () => {
  expect(reachesAcrossBlocks('[a\n\n[b\nc]: /x\n')).toBe(true);
  expect(reachesAcrossBlocks('[a\\]b]: /x\n')).toBe(true);
  expect(reachesAcrossBlocks('[a\\\nb]: /x\n')).toBe(false);
  expect(reachesAcrossBlocks('[]: /x\n')).toBe(false);
  expect(reachesAcrossBlocks('[a\n[b\n[c] d\n')).toBe(false);
  expect(reachesAcrossBlocks('[a\n[b\n<c>\n')).toBe(true);
});
