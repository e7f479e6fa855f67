import { expect, test } from 'vitest';
import {
  checklistItemKey,
  fillSentenceFrame,
  isPrompt,
  matchChecklistAnswers,
  matchItemKeys,
  matchSentenceFrame,
  promptsIn,
  readQuestion,
  readResolvedQuestion,
  readSentenceFrame,
  readWaiver,
  slugify,
  writeQuestion,
  writeResolvedQuestion,
  writeWaiver,
} from '@specmark/template';

test('a waived item is struck through with its reason after it', () => {
  expect(readWaiver('~~Do not log bodies~~ We log nothing.')).toEqual({ item: 'Do not log bodies', reason: 'We log nothing.' });
  expect(readWaiver('~~Do not log bodies~~')).toEqual({ item: 'Do not log bodies', reason: '' });
  expect(readWaiver('Do not log bodies')).toBeUndefined();
  expect(writeWaiver({ item: 'Do not log bodies', reason: 'We log nothing.' })).toBe('~~Do not log bodies~~ We log nothing.');
});

test('an open question is answered after its question mark', () => {
  expect(readResolvedQuestion('Authentication method confirmed? Restricted key, server-side.')).toEqual({
    question: 'Authentication method confirmed?',
    answer: 'Restricted key, server-side.',
  });
  expect(readResolvedQuestion('Uses v2 of the API (see ?page=2) only')).toEqual({ question: 'Uses v2 of the API (see ?page=2) only', answer: '' });
  expect(writeResolvedQuestion({ question: 'Sandbox?', answer: 'Yes.' })).toBe('Sandbox? Yes.');
});

test('an edge case is a bold question and the answer after it', () => {
  expect(readQuestion('**What if it fails?** We retry.')).toEqual({ question: 'What if it fails?', answer: 'We retry.' });
  expect(readQuestion('We retry.')).toEqual({ question: '', answer: 'We retry.' });
  expect(readQuestion('**What if *it* fails?**\n  We retry.')).toEqual({ question: 'What if *it* fails?', answer: 'We retry.' });
  expect(readQuestion('**Why?**')).toEqual({ question: 'Why?', answer: '' });
  expect(readQuestion('**Why?**! Because.')).toEqual({ question: '', answer: '**Why?**! Because.' });
  expect(readQuestion('**Why?*** Because.')).toEqual({ question: '', answer: '**Why?*** Because.' });
  expect(readQuestion('**Why?** **Because.**')).toEqual({ question: 'Why?', answer: '**Because.**' });
  expect(writeQuestion({ question: 'What if it fails?', answer: '' })).toBe('**What if it fails?**');
});

test('a sentence frame is filled gap by gap and read back', () => {
  const frame = readSentenceFrame('When [the queue is full], [what the worker does]');
  expect(frame).toEqual({ words: ['When ', ', ', ''], gaps: ['[the queue is full]', '[what the worker does]'] });
  expect(fillSentenceFrame(frame, ['we get a 429', 'back off for Retry-After seconds'])).toBe('When we get a 429, back off for Retry-After seconds');
  expect(fillSentenceFrame(frame, ['we get a 429'])).toBe('When we get a 429, [what the worker does]');
  expect(matchSentenceFrame(frame, 'When we get a 429, back off, then retry')).toEqual(['we get a 429', 'back off, then retry']);
  expect(matchSentenceFrame(frame, 'If we get a 429 we stop')).toBeUndefined();
});

test('prompts are bracketed texts', () => {
  expect(isPrompt('[Which queues it reads]')).toBe(true);
  expect(isPrompt('When [API call succeeds], [outcome]')).toBe(false);
  expect(promptsIn('When [API call succeeds], [outcome]')).toEqual(['[API call succeeds]', '[outcome]']);
  expect(slugify('Who this is for')).toBe('who-this-is-for');
});

test('checklist answers match the template’s items as a spec’s items do: case, a final period and waivers aside, first one wins', () => {
  const wanted = [{ text: 'Do not log payloads' }, { text: 'Do not trust an unsigned event' }, { text: '[Question to settle?]' }];
  const answers = [
    { checked: false, text: 'Our own item' },
    { checked: true, text: '~~do not TRUST an unsigned event.~~ Events come from our own queue.' },
    { checked: true, text: 'do not log payloads.' },
    { checked: true, text: 'Do not log payloads' },
  ];
  expect(matchChecklistAnswers(wanted, answers)).toEqual([2, 1, undefined]);
  expect(checklistItemKey('~~Do not log payloads~~ reason')).toBe('do not log payloads');
  expect(matchItemKeys(wanted, ['question to settle'])).toEqual([undefined, undefined, 0]);
});
