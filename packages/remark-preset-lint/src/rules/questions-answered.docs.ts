import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `questions-answered`. */
export const docs = defineRuleDocs({
  id: 'questions-answered',
  summary: 'Every question of the template is still there and has an answer after it.',
  description: md`
    In a questions field of the template (in \`api-integration\`: “Edge cases”) each question stays in
    the spec, in bold, with the answer after it on the same item. A missing question is reported where
    it belongs, right after the template question before it; its quick fix inserts it there,
    unanswered — the edit \`specmark fix\` makes. Extra questions are welcome.`,
  defaultSeverity: 'status',
  precision: 'very-high',
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

        ### Edge cases

        - **What happens when an event arrives twice?** The second one is ignored.
        - **What happens when the provider is down?** Nothing: it retries for three days.
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

        ### Edge cases

        - **What happens when an event arrives twice?**
        - **What about refunds over 10 000 EUR?** Finance approves them.
      `,
      output: [
        '8:1-8:48 error Unexpected unanswered question `What happens when an event arrives twice?`, expected an answer after it',
        '8:48 error Unexpected missing question `What happens when the provider is down?`, expected it in `Edge cases` with an answer',
      ],
      repaired: md`
        @@ -8,2 +8,3 @@
         - **What happens when an event arrives twice?**
        +- **What happens when the provider is down?**
         - **What about refunds over 10 000 EUR?** Finance approves them.
      `,
    },
  ],
});
