import { expect, test } from 'vitest';
import { readPromptHint } from '@specmark/template';

test('a prompt reads as what it asks and its examples; text that is not one prompt is read as it is', () => {
  expect(readPromptHint('[short name — e.g., "Stripe refunds sync"]')).toEqual({
    text: 'short name — e.g., "Stripe refunds sync"',
    asks: 'short name',
    examples: ['Stripe refunds sync'],
  });
  expect(readPromptHint(' [e.g., “Next.js 14, Node.js backend”] ')).toEqual({ text: 'e.g., “Next.js 14, Node.js backend”', asks: '', examples: ['Next.js 14, Node.js backend'] });
  expect(readPromptHint('[Which queue it reads]')).toEqual({ text: 'Which queue it reads', asks: 'Which queue it reads', examples: [] });
  // An example left open is no example; the hint still stops where the example starts.
  expect(readPromptHint('[the owner: e.g., "payments]')).toEqual({ text: 'the owner: e.g., "payments', asks: 'the owner', examples: [] });
  expect(readPromptHint('Do not log payloads')).toEqual({ text: 'Do not log payloads', asks: 'Do not log payloads', examples: [] });
  expect(readPromptHint('[a] and [b]').text).toBe('[a] and [b]');
});
