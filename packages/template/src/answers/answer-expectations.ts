import { answerTopicIds, answerTopics, type AnswerTopic } from './answer-topics.ts';
import type { HollowAnswer } from './hollow-answer.ts';
import type { TemplateField } from '../template/model.ts';
import { promptsIn } from '../template/prompt.ts';
import { readSentenceFrame } from '../template/sentence-frame.ts';

/** What an answer on a topic must name, in the words every tool uses. */
export interface TopicExpectation {
  /** The kind of behavior (`error behavior`). */
  behavior: string;
  /** What such an answer lacks when it is not specific (`a status or error code`). */
  lacks: string;
  /** What it should name instead, with examples. */
  expected: string;
}

/** What an answer on each topic names: the one wording of the lint messages and the agents' guide. */
export const topicExpectations: Readonly<Record<AnswerTopic, TopicExpectation>> = {
  errors: {
    behavior: 'error behavior',
    lacks: 'a status or error code',
    expected: 'the status or error code that triggers it, such as `409` or `card_declined`',
  },
  'rate-limits': {
    behavior: 'rate-limit or retry behavior',
    lacks: 'a bound',
    expected: 'the attempts, duration or rate that bounds it, such as `3 attempts`, `up to 30 minutes` or `100 requests per second`',
  },
  webhooks: {
    behavior: 'webhook behavior',
    lacks: 'an event name or dedup key',
    expected: 'the events it handles or what recognises a duplicate, such as `invoice.paid` or the event id',
  },
};

/** What a hollow answer is and what to write instead, by kind: the one wording of messages and the guide. */
export const hollowExpectations: Readonly<Record<HollowAnswer['kind'], { actual: string; expected: string }>> = {
  placeholder: { actual: 'placeholder answer', expected: 'the answer itself' },
  vague: { actual: 'vague answer', expected: 'what the system does, in terms a reviewer can check (a status, a bound, a state, a named step)' },
  'bare-confirmation': { actual: 'bare confirmation', expected: 'what was decided (the method, value or place), not only that it was' },
};

/**
 * The topics a field asks about, read from its template items: a sentence frame's condition gaps
 * (`When [rate limit is hit], …`) and a questions field's questions. Other kinds ask none.
 *
 * @param field A template field.
 * @returns The topics, in {@link answerTopicIds} order.
 */
export function fieldTopics(field: TemplateField): AnswerTopic[] {
  const texts =
    field.kind === 'sentence-frames'
      ? field.items.map((item) => {
          const { gaps } = readSentenceFrame(item.text);
          return (gaps.length > 1 ? gaps.slice(0, -1) : promptsIn(item.text)).join(' ');
        })
      : field.kind === 'questions'
        ? field.items.map((item) => item.text)
        : [];
  const found = new Set(texts.flatMap(answerTopics));
  return answerTopicIds.filter((topic) => found.has(topic));
}

/**
 * What a good answer to a field names, as sentences for a person or an agent writing it: never a
 * placeholder or a bare promise; for an open question, the decision itself; for each topic the
 * field asks about, what an answer on it names.
 *
 * @param field A template field.
 * @returns The sentences, most general first.
 */
export function answerExpectations(field: TemplateField): string[] {
  const sentences = [`Each answer names something a reviewer can check: never a ${hollowExpectations.placeholder.actual.replace(' answer', '')} (TBD, N/A, ?) or a ${hollowExpectations.vague.actual} (“handled gracefully”, “should be fine”).`];
  if (field.kind === 'questions' || (field.kind === 'checklist' && field.items.length > 0 && field.items.every((item) => item.prompt))) {
    sentences.push(`An answer to a question says ${hollowExpectations['bare-confirmation'].expected}: “Yes: …” with the specifics, never a bare “Yes.” or “Confirmed.”.`);
  }
  for (const topic of fieldTopics(field)) {
    const { behavior, expected } = topicExpectations[topic];
    sentences.push(`${/^[aeiou]/.test(behavior) ? 'An' : 'A'} ${behavior} names ${expected}.`);
  }
  return sentences;
}
