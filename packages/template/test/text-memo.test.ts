import { expect, test } from 'vitest';
import { memoByText } from '../src/answers/text-memo.ts';

test('a reading is remembered per text, for as many texts as asked, then starts over', () => {
  const read: string[] = [];
  const length = memoByText((text) => {
    read.push(text);
    return text.length;
  }, 2);
  expect([length('ab'), length('ab'), length('abc'), length('ab')]).toEqual([2, 2, 3, 2]);
  expect(read).toEqual(['ab', 'abc']);
  // A third text fills the memo past two: it starts over with that text alone.
  expect(length('abcd')).toBe(4);
  expect(length('ab')).toBe(2);
  expect(read).toEqual(['ab', 'abc', 'abcd', 'ab']);
});
