import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `no-placeholders`. */
export const docs = defineRuleDocs({
  id: 'no-placeholders',
  summary: 'No template prompt is left in the spec.',
  description: md`
    Finds what the template shows but a finished spec replaces: bracketed prompts such as
    \`[Who depends on this consumer?]\` (any text that is one bracketed prompt, and the template’s own
    prompts wherever they appear), sentence frames with a gap still open (\`When [event arrives], …\`),
    and the \`e.g.\` examples of the template copied as the answer.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['completeness'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        ### Problem

        Refunds never reach our orders.

        ### Behaviors

        - When a refund event arrives, the order shows the refunded amount

        ### Stack

        Node.js 22 on Fastify, PostgreSQL 16.
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

        # [Name of the consumer]

        ### Problem

        Orders miss refunds; see [What goes wrong today?]

        ### Audience

        [To be decided]

        ### Behaviors

        - When a refund event arrives,

        ### Stack

        Node.js 22 worker, PostgreSQL 16
      `,
      output: [
        '6:3-6:25 error Unexpected template prompt `[Name of the consumer]`, expected your answer in its place',
        '10:26-10:50 error Unexpected template prompt `[What goes wrong today?]`, expected your answer in its place',
        '14:1-14:16 error Unexpected template prompt `[To be decided]`, expected your answer in its place',
        '18:1-18:31 error Unexpected unfilled gap `[what happens]` in `When a refund event arrives,`, expected the sentence completed',
        '22:1-22:33 error Unexpected example copied from the template (`Node.js 22 worker, PostgreSQL 16`), expected your own answer',
      ],
    },
  ],
});
