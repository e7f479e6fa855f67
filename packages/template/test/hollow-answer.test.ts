import fc from 'fast-check';
import { expect, test } from 'vitest';
import { hollowAnswer } from '@specmark/template';

/** Words of hollow answers and of answers: stand-ins, glue, confirmations, vague phrases, single letters, content. */
const word = fc.constantFrom(
  'TBD',
  'todo',
  'to',
  'be',
  'decided',
  'n',
  'a',
  'N/A',
  't.b.d.',
  'x',
  'y',
  'we',
  'it',
  'the',
  'is',
  'handled',
  'gracefully',
  'as',
  'needed',
  'should',
  'fine',
  'error',
  'errors',
  'yes',
  'Yes:',
  'confirmed',
  'no',
  'later',
  'pending',
  'depends',
  'vault',
  'staging',
  '`stripe/test`',
  '409',
  'card_declined',
  'refunds',
  '—',
  '-',
  '?',
  '...',
  '…',
);
const answer = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));
const question = fc.constantFrom(undefined, 'Authentication method confirmed?', 'Is a sandbox available?', 'Which events do we handle?');

test('an answer is judged alike whether its words are told at once or its key is read', () => {
  // A character that is no letter or digit and is not ASCII makes the key be read the long way, word for word the same.
  fc.assert(
    fc.property(answer, question, (text, asked) => {
      expect(hollowAnswer(text, asked)?.kind).toBe(hollowAnswer(`${text} ¶`, asked)?.kind);
    }),
    { numRuns: 5_000 },
  );
});
