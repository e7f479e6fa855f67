import { expect, test } from 'vitest';
import { answerExpectations, answerNames, answerTopics, answerUnits, fieldTopics, asksWhich, hollowAnswer, loadBuiltInTemplate, parseTemplate, readSpec, readSpecDocument, retriesIn } from '@specmark/template';

test('statuses are HTTP statuses and classes, not quantities', () => {
  expect(answerNames('When Stripe answers 409 or a 5xx, HTTP 429 too').statuses).toEqual(['409', '5xx', '429']);
  expect(answerNames('Backs off from 500 ms, 250 requests per second, 5,000 requests, $300, v404').statuses).toEqual([]);
  expect(answerNames('The job answers `202` within one second').statuses).toEqual(['202']);
});

test('codes are identifiers in code spans, snake case, or numbers after “error”', () => {
  expect(answerNames('When Stripe returns `card_declined` or authentication_required, or REQUEST_LIMIT_EXCEEDED').codes).toEqual([
    'card_declined',
    'authentication_required',
    'REQUEST_LIMIT_EXCEEDED',
  ]);
  expect(answerNames('When Twilio returns error 21610 (unsubscribed)').codes).toEqual(['21610']);
  expect(answerNames('When the REST API answers 403 with `x-ratelimit-remaining: 0`').codes).toEqual(['x-ratelimit-remaining']);
  expect(answerNames('We handle errors gracefully').codes).toEqual([]);
});

test('events are dotted names, and codes in a sentence about events; files and hosts are not events', () => {
  expect(answerNames('When `charge.refunded` arrives, see docs.stripe.com and `lib/retry.ts`').events).toEqual(['charge.refunded']);
  expect(answerNames('When a `pull_request` event arrives. The `paid` state stays.').events).toEqual(['pull_request']);
  expect(answerNames('When a webhook event arrives, we process it').events).toEqual([]);
});

test('bounds are attempts, durations, rates and waits the provider states', () => {
  const bounds = (text: string): string[] => answerNames(text).bounds.map((bound) => `${bound.kind}:${bound.text.trim()}`);
  expect(bounds('retries with exponential backoff (3 attempts, from 500 ms) and then waits a minute')).toEqual(['attempts:3 attempts', 'duration:500 ms', 'duration:a minute']);
  expect(bounds('5,000 requests per hour; 100/s; one message per second per channel')).toEqual(['rate:5,000 requests per hour', 'rate:100/s', 'rate:one message per second']);
  expect(bounds('It retries twice, up to 5, for two hours')).toEqual(['attempts:twice', 'attempts:5', 'duration:two hours']);
  expect(bounds('waits for `Retry-After`; slows to the messaging service’s rate')).toEqual(['provider:Retry-After', 'provider:to the messaging service’s rate']);
  expect(bounds('When the rate limit is hit, we retry with backoff')).toEqual([]);
  expect(answerNames('5,000 requests per hour').bounds[0]).toMatchObject({ kind: 'rate', value: 5000, unit: 'hour' });
  expect(answerNames('an hour').bounds[0]).toMatchObject({ kind: 'duration', value: 1, unit: 'hour' });
  // Only unit words are units, not names every object has.
  expect(bounds('Wait 5 constructor, then 10 toString per hasOwnProperty')).toEqual([]);
});

test('dedup keys and order rules are what duplicates and late events are recognised by', () => {
  expect(answerNames('Each delivery is stored by its `X-GitHub-Delivery` id with a unique index').dedupKeys).toEqual(['X-GitHub-Delivery', 'X-GitHub-Delivery id', 'unique index']);
  expect(answerNames('Every call sends an idempotency key; keyed by appointment id and day').dedupKeys).toEqual(['idempotency key', 'keyed by appointment id and day', 'appointment id']);
  expect(answerNames('Clicks are applied only if the alert is still open').orderRules).toEqual(['only if the alert is still open']);
  expect(answerNames('We skip duplicates').dedupKeys).toEqual([]);
});

test('topics come from what a text is about; a retry is the system retrying', () => {
  expect(answerTopics('What happens when the API is down or answers with a 5xx error?')).toEqual(['errors']);
  expect(answerTopics('When the rate limit is hit')).toEqual(['rate-limits']);
  expect(answerTopics('When Stripe answers 429')).toEqual(['rate-limits']);
  expect(answerTopics('What happens when a webhook event comes late or twice?')).toEqual(['webhooks']);
  expect(answerTopics('When the shopper closes the 3-D Secure window')).toEqual([]);
  expect(retriesIn('the job is retried with backoff')).toBe(true);
  expect(retriesIn('checkout offers to retry')).toBe(false);
  expect(retriesIn('a retried request with `X-Slack-Retry-Num` finds the key')).toBe(false);
});

test('a hollow answer is a placeholder, a bare promise or a bare confirmation to a which-question', () => {
  for (const text of ['TBD', 'T.B.D.', 'tbc', 'TODO', 'N/A', 'n/a.', 'To be decided.', '?', '-', '—', '…']) expect(hollowAnswer(text)?.kind, text).toBe('placeholder');
  for (const text of ['Handled.', 'We handle it gracefully.', 'Errors are handled appropriately.', 'As needed.', 'It works as expected.', 'Should be fine.', 'It depends.', 'Proper error handling.'])
    expect(hollowAnswer(text)?.kind, text).toBe('vague');
  expect(hollowAnswer('Yes.', 'Authentication method confirmed?')?.kind).toBe('bare-confirmation');
  expect(hollowAnswer('Confirmed.', 'Rate limits confirmed with the third-party provider?')?.kind).toBe('bare-confirmation');
  expect(hollowAnswer('Yes.', 'What happens when the API is down?')?.kind).toBe('bare-confirmation');
  expect(hollowAnswer('Yes.', 'Is a sandbox available?')).toBeUndefined();
  expect(hollowAnswer('Yes.')).toBeUndefined();
  for (const text of ['Yes: test credentials are in the staging vault', 'Yes — a development store with test orders', 'Yes: in the vault under `stripe/test`', 'Handled by the `refunds` worker.', 'We retry.'])
    expect(hollowAnswer(text, 'Sandbox credentials available for testing?'), text).toBeUndefined();
  expect(asksWhich('Authentication method confirmed? OAuth, API key, bearer token?')).toBe(true);
  expect(asksWhich('Does the provider sign webhooks?')).toBe(false);
});

test('answer units are read through the one reading, each with its condition, topics and names', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  // The template's own prompts, questions and guardrails, read from the model (never written here).
  const item = (slug: string, index: number): string => template.fields.find((field) => field.slug === slug)!.items[index]!.text;
  const unavailable = item('edge-cases', 0);
  const guardrail = item('do-not', 1);
  const source = [
    '# Refunds',
    '',
    '### Problem',
    '',
    'Payments need to work better.',
    '',
    '### In scope',
    '',
    `- ${item('in-scope', 1)}`,
    '- Refunds through `POST /v1/refunds`',
    '',
    '### Key behaviors',
    '',
    '- When Stripe returns an error, we handle it appropriately.',
    '- When the rate limit is hit, we retry.',
    '',
    '### Edge cases',
    '',
    `- **${unavailable}** TBD.`,
    `- **${item('edge-cases', 2)}**`,
    '',
    '### Open questions',
    '',
    '- [x] Authentication method confirmed? Yes.',
    `- [ ] ${item('open-questions', 3)}`,
    '',
    '### Do not',
    '',
    `- [x] ~~${guardrail}~~ N/A`,
    '',
  ].join('\n');
  const units = answerUnits(readSpec(template, readSpecDocument(source)));
  expect(units.map((unit) => [unit.node.position?.start.line, unit.kind, unit.field.slug, unit.text, unit.question, unit.parts, unit.topics])).toEqual([
    [5, 'prose', 'problem', 'Payments need to work better.', undefined, ['Payments need to work better.'], []],
    [10, 'item', 'in-scope', 'Refunds through `POST /v1/refunds`', undefined, ['Refunds through `POST /v1/refunds`'], []],
    [14, 'frame', 'key-behaviors', 'When Stripe returns an error, we handle it appropriately.', undefined, ['Stripe returns an error', 'we handle it appropriately.'], ['errors']],
    [15, 'frame', 'key-behaviors', 'When the rate limit is hit, we retry.', undefined, ['the rate limit is hit', 'we retry.'], ['rate-limits']],
    [19, 'question', 'edge-cases', 'TBD.', unavailable, ['TBD.'], ['errors']],
    [24, 'open-question', 'open-questions', 'Yes.', 'Authentication method confirmed?', ['Yes.'], []],
    [29, 'waiver', 'do-not', 'N/A', guardrail, ['N/A'], []],
  ]);
  expect(units[4]?.names.statuses).toEqual(['5xx']);
  // Each part judged once, with the question only where the unit answers one (a waiver's reason stands alone).
  expect(units.map((unit) => unit.parts.map((_part, index) => unit.hollowPart(index)?.kind ?? null))).toEqual([
    [null],
    [null],
    [null, 'vague'],
    [null, null],
    ['placeholder'],
    ['bare-confirmation'],
    ['placeholder'],
  ]);
  expect(units[5]?.hollowPart(0)).toBe(units[5]?.hollowPart(0));
});

test('units follow a team’s own template: its frames and question fields, no names written here', () => {
  const template = parseTemplate(
    ['---', 'id: queue', 'version: 1', 'title: Queue', '---', '', '# [Name]', '', '## Run', '', '### Reactions', '', '- If [trigger], then [reaction]', '', '### Risks', '', '- **What if the broker drops a message?**', ''].join('\n'),
  );
  const units = answerUnits(readSpec(template, readSpecDocument('# Q\n\n### Reactions\n\n- If the broker returns an error, then it is handled\n\n### Risks\n\n- **What if the broker drops a message?** Should be fine.\n')));
  expect(units.map((unit) => [unit.kind, unit.parts, unit.topics])).toEqual([
    ['frame', ['the broker returns an error', 'it is handled'], ['errors']],
    ['question', ['Should be fine.'], []],
  ]);
});

test('what a field’s answers name follows from its template items: the topics its frames and questions ask about', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  const field = (slug: string) => template.fields.find((candidate) => candidate.slug === slug)!;
  expect(fieldTopics(field('key-behaviors'))).toEqual(['errors', 'rate-limits', 'webhooks']);
  expect(fieldTopics(field('edge-cases'))).toEqual(['errors', 'webhooks']);
  expect(fieldTopics(field('problem'))).toEqual([]);
  expect(answerExpectations(field('key-behaviors'))).toEqual([
    'Each answer names something a reviewer can check: never a placeholder (TBD, N/A, ?) or a vague answer (“handled gracefully”, “should be fine”).',
    'An error behavior names the status or error code that triggers it, such as `409` or `card_declined`.',
    'A rate-limit or retry behavior names the attempts, duration or rate that bounds it, such as `3 attempts`, `up to 30 minutes` or `100 requests per second`.',
    'A webhook behavior names the events it handles or what recognises a duplicate, such as `invoice.paid` or the event id.',
  ]);
  expect(answerExpectations(field('open-questions'))[1]).toBe(
    'An answer to a question says what was decided (the method, value or place), not only that it was: “Yes: …” with the specifics, never a bare “Yes.” or “Confirmed.”.',
  );
});
