import { answerTopics, renderSpec, readResolvedQuestion, type Answers, type AnswerTopic, type FieldAnswer, type Template, type TemplateField } from '@specmark/template';

const subjects = ['The billing worker', 'The sync job', 'The webhook handler', 'The ledger service', 'The outbox queue', 'The import pipeline'];
const verbs = ['record', 'verify', 'park', 'archive', 'reconcile', 'publish', 'store', 'reject'];
const objects = ['each `refund.created` event', 'the signed payload', 'the order status', 'the idempotency key', 'a dead-letter entry', 'the provider response'];
const tails = ['within one minute', 'with exponential backoff, 5 attempts at most', 'before it writes anything', 'and pages on-call', 'keyed by the event id', 'once per event'];
/** A sentence that names what an answer on a topic must name (a status, a bound, the dedup key). */
const specifics: Record<AnswerTopic, string> = {
  errors: 'A `409` or a `5xx` from the provider is parked for review.',
  'rate-limits': 'A `429` waits for `Retry-After`, 3 attempts at most.',
  webhooks: 'Duplicates are recognised by the event id and skipped.',
};

/** A small seeded random number generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Write a complete spec for a template, every field answered from the template model (nothing
 * here names a section, field or item): prose for prose fields, items for lists, filled sentence
 * frames, answered questions (each naming the status, bound or dedup key its question is about), every
 * guardrail checked and every open question resolved.
 *
 * @param template The template.
 * @param seed Varies the wording (default: `1`).
 * @param paragraphs Sentences per prose answer, to vary the size (default: `3`).
 * @returns The spec's Markdown, status `approved`, passing every rule.
 */
export function filledSpec(template: Template, seed = 1, paragraphs = 3): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (): string => `${pick(subjects)} must ${pick(verbs)} ${pick(objects)} ${pick(tails)}.`;
  const phrase = (): string => `we ${pick(verbs)} ${pick(objects)}`;
  const fields: Record<string, FieldAnswer> = {};
  for (const field of template.fields) fields[field.slug] = answer(field);
  const answers: Answers = {
    frontmatter: {
      template: template.id,
      templateVersion: template.version,
      title: `Integration ${seed}`,
      status: 'approved',
      owner: 'payments-platform',
      provider: 'Stripe',
      environments: ['sandbox', 'production'],
      auth: 'api-key',
      webhooks: { events: ['refund.created'], signature: { header: 'Stripe-Signature', secretEnv: 'STRIPE_WEBHOOK_SECRET' } },
      created: '2026-11-02',
    },
    title: `Integration ${seed}`,
    fields,
  };
  return renderSpec(template, answers);

  function answer(field: TemplateField): FieldAnswer {
    switch (field.kind) {
      case 'prose':
        return Array.from({ length: paragraphs }, sentence).join(' ');
      case 'list':
        return field.items.map(() => sentence());
      case 'sentence-frames':
        return field.items.map((item) => item.text.replace(/\[[^[\]]+\]/g, phrase));
      case 'questions':
        return field.items.map((item) => ({ question: item.text, answer: [sentence(), ...answerTopics(item.text).map((topic) => specifics[topic])].join(' ') }));
      case 'checklist':
        return field.items.map((item) =>
          item.prompt
            ? { checked: true, text: `${readResolvedQuestion(item.text.slice(1, -1)).question.replace(/[^?]$/, '$&?')} Yes: ${phrase()}.` }
            : { checked: true, text: item.text },
        );
    }
  }
}
