import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `specific-behaviors`. */
export const docs = defineRuleDocs({
  id: 'specific-behaviors',
  summary: 'A behavior or edge case about an error names the error; about rate limits or retries, a bound; about webhooks, the events or the dedup key.',
  description: md`
    The failures that sink API integrations are specific: an unhandled error code, retries without a
    limit, a webhook handled twice. A behavior that mentions them without naming them leaves the
    builder to guess. The rule reads each item of a sentence-frames field (in \`api-integration\`: “Key
    behaviors”) and each answer of a questions field (“Edge cases”), and finds what the item is about
    from its condition (\`When [the condition], …\`) or its question, plus any retry in the answer:

    - about an **error**, it names the HTTP status or the provider’s error code (\`409\`, \`5xx\`,
      \`card_declined\`);
    - about **rate limits or retries**, it names a bound: attempts (\`3 attempts\`, \`twice\`), a duration
      (\`up to 30 minutes\`), a rate (\`100 requests per second\`) or the wait the provider states
      (\`Retry-After\`);
    - about **webhooks**, it names the events (\`invoice.paid\`), what recognises a duplicate (the event
      id, an idempotency key, a unique index) or the rule that orders them (\`only if its sequence is
      higher\`).

    A name in the question counts (“…returns a 5xx error?” names the error). An answer with no content
    at all is left to \`no-hollow-answers\`. The fields are found by their kind, so a team’s own
    template is checked the same way.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['clarity'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        ### Behaviors

        - When the provider answers 409, the consumer reloads the order and applies the event again
        - When the provider answers 429, the consumer waits for \`Retry-After\`, 5 attempts at most
        - When \`invoice.paid\` arrives, the invoice is marked paid

        ### Edge cases

        - **What happens when an event arrives twice?** The handler stores each event id with a unique index; a second copy is acknowledged and skipped.
        - **What happens when the provider is down?** Our follow-up calls are retried with backoff for up to 30 minutes.
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        status: review
        ---

        ### Behaviors

        - When the provider returns an error, the consumer shows a message
        - When the rate limit is hit, the consumer retries with backoff
        - When an event arrives, the consumer processes it

        ### Edge cases

        - **What happens when an event arrives twice?** The handler checks whether it has seen it before.
        - **What happens when the provider is down?** Calls are retried with exponential backoff.
      `,
      output: [
        '8:1-8:67 error Unexpected error behavior without a status or error code, expected the status or error code that triggers it, such as `409` or `card_declined`',
        '9:1-9:64 error Unexpected rate-limit or retry behavior without a bound, expected the attempts, duration or rate that bounds it, such as `3 attempts`, `up to 30 minutes` or `100 requests per second`',
        '10:1-10:51 error Unexpected webhook behavior without an event name or dedup key, expected the events it handles or what recognises a duplicate, such as `invoice.paid` or the event id',
        '14:1-14:98 error Unexpected webhook behavior without an event name or dedup key, expected the events it handles or what recognises a duplicate, such as `invoice.paid` or the event id',
        '15:1-15:90 error Unexpected rate-limit or retry behavior without a bound, expected the attempts, duration or rate that bounds it, such as `3 attempts`, `up to 30 minutes` or `100 requests per second`',
      ],
    },
  ],
});
