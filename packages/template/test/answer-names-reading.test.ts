import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadBuiltInTemplate } from '@specmark/template';
import { answerNames, AnswerNamesReading, type AnswerNames } from '../src/answers/answer-names.ts';

/** The tests `specific-behaviors` asks of what a unit names, each true once true. */
const tests: ((names: AnswerNames) => boolean)[] = [
  (names) => names.statuses.length > 0 || names.codes.length > 0,
  (names) => names.bounds.length > 0,
  (names) => names.events.length > 0 || names.eventKinds.length > 0 || names.dedupKeys.length > 0 || names.orderRules.length > 0,
];

const template = await loadBuiltInTemplate('api-integration');
/** The template's own questions (edge cases and open questions), read from the model. */
const templateQuestions = template.fields.filter((field) => field.kind === 'questions' || field.slug === 'open-questions').flatMap((field) => field.items.map((item) => item.text));
/** The template's question about webhook events out of order: it names nothing on its own, and speaks of events. */
const outOfOrder = templateQuestions.find((question) => question.includes('out of order'))!;

/** Words that name things, that tell a sentence is about events, and plain words. */
const word = fc.constantFrom(
  'order',
  'event',
  'events',
  'webhook',
  'the',
  'a',
  'is',
  'duplicated',
  'refund',
  'charge.refunded',
  'card_declined',
  '409',
  '5xx',
  '3',
  'attempts',
  'retries',
  'seconds',
  'id',
  'event id',
  'only if',
  'newer',
  'twice',
  'Retry-After',
  'error',
  'code',
  '21610',
  'per',
  'second',
  'x-request-id',
  'keyed by',
);
/** A sentence: words, some in code spans, ended by a mark or nothing. */
const sentence = fc
  .tuple(fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '?', ';', '!', '', ':'))
  .map(([words, end]) => words.map(([each, span]) => (span ? `\`${each}\`` : each)).join(' ') + end);
const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const question = fc.oneof(fc.constantFrom(...templateQuestions), text.map((asked) => `${asked}?`), fc.constantFrom('Which webhook event changes the order?', outOfOrder));

test('an answer read with its question names what the question and the answer read as one text name, however far it is read at a time', () => {
  fc.assert(
    fc.property(text, question, fc.array(fc.integer({ min: 0, max: tests.length - 1 }), { maxLength: 3 }), (answer, asked, asks) => {
      const whole = answerNames(`${asked}\n${answer}`);
      const reading = new AnswerNamesReading(answer, asked);
      for (const ask of asks) expect(tests[ask]!(reading.readUntil(tests[ask]))).toBe(tests[ask]!(whole));
      expect(reading.readUntil()).toEqual(whole);
    }),
    { numRuns: 3_000 },
  );
});

test('a question that names nothing alone still names an answer’s code in a sentence about events', () => {
  const asked = outOfOrder;
  expect(answerNames(asked)).toEqual({ statuses: [], codes: [], events: [], eventKinds: [], bounds: [], dedupKeys: [], orderRules: [] });
  const reading = new AnswerNamesReading('Only the `order` changes.', asked);
  expect(reading.readUntil().events).toEqual(['order']);
  expect(reading.names).toEqual(answerNames(`${asked}\nOnly the \`order\` changes.`));
});
