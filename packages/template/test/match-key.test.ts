import fc from 'fast-check';
import { expect, test } from 'vitest';
import { matchKey, slugify } from '@specmark/template';

/** The normaliser's definition, without its fast path for ASCII and General Punctuation. */
function reference(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

test('case, Markdown marks, punctuation and spacing do not matter; words and their order do', () => {
  expect(matchKey('**Do not** log request bodies — ever.')).toBe('do not log request bodies ever');
  expect(matchKey('  What   and\nwhy:')).toBe(matchKey('What and why'));
  expect(matchKey('Café über')).toBe('cafe uber');
  expect(matchKey('Проблема')).toBe('проблема');
  expect(matchKey('why and what')).not.toBe(matchKey('what and why'));
  expect(slugify('Who this is for?')).toBe('who-this-is-for');
});

test('the fast path gives the key the definition gives, for any text', () => {
  const pieces = fc.constantFrom('a', 'Z', '9', ' ', '\t', '\n', '-', '_', '*', '`', '.', '—', '“', '…', '\u200b', '\u2028', 'é', 'ß', 'Ⅻ', '²', 'ﬁ', 'Ж', '𝔘', '\u0301');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((list) => list.join(''))), (text) => {
      expect(matchKey(text)).toBe(reference(text));
    }),
    { numRuns: 2000 },
  );
});
