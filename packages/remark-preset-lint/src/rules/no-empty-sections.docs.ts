import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `no-empty-sections`. */
export const docs = defineRuleDocs({
  id: 'no-empty-sections',
  summary: 'Every field of the template has content.',
  description: md`
    A field heading followed by nothing (or only by HTML comments, or MDX imports, exports and JSX)
    is an empty answer. Fields still showing the template’s prompt are \`no-placeholders\`’ business.`,
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
        status: review
        ---

        ### Problem

        Refunds made in the Stripe dashboard never reach our orders.
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

        ### Problem

        <!-- to do -->

        ### Audience

        Support agents.
      `,
      output: [
        '6:1-6:12 error Unexpected empty field `Problem`, expected content after the heading',
      ],
    },
    {
      name: 'draft.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        status: draft
        ---

        ### Problem
      `,
      output: [
        '6:1-6:12 warning Unexpected empty field `Problem`, expected content after the heading',
      ],
    },
  ],
});
