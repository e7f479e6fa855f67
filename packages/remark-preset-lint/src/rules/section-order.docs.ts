import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `section-order`. */
export const docs = defineRuleDocs({
  id: 'section-order',
  summary: 'Sections and fields follow the template’s order.',
  description: md`
    Readers and tools expect the template’s order. The rule reports the fewest headings needed to
    restore it (those outside the longest run already in order); each message’s \`cause\` points at the
    heading it should follow. Missing headings are \`required-sections\`’ business.`,
  defaultSeverity: 'error',
  precision: 'very-high',
  tags: ['structure'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        # Stripe refunds consumer

        ## Why

        ### Problem

        ### Edge cases

        ## Build

        ### Do not

      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        # Stripe refunds consumer

        ## Why

        ### Audience

        ### Problem

        ### Behaviors

        ## Build

        ### Do not

        ### Stack

      `,
      output: [
        '9:1-9:13 error Unexpected `### Audience` after `## Why`, expected it after `### Problem`',
        '17:1-17:11 error Unexpected `### Do not` after `## Build`, expected it after `### Stack`',
      ],
    },
  ],
});
