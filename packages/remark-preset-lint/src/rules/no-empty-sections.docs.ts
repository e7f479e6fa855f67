import { exampleTemplate as template } from '../lib/example-template.ts';
import type { RuleDocs } from '../lib/rule-docs.ts';

/** Documentation and examples of `no-empty-sections`. */
export const docs: RuleDocs = {
  id: 'no-empty-sections',
  summary: 'Every field of the template has content.',
  description: [
    'A field heading followed by nothing (or only by HTML comments, or MDX imports, exports and JSX)',
    'is an empty answer. Fields still showing the template’s prompt are `no-placeholders`’ business.',
  ].join('\n'),
  severity: 'warning in a `draft`, error from `review` on',
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: ['---', 'status: review', '---', '', '### Problem', '', 'Refunds made in the Stripe dashboard never reach our orders.', ''].join('\n'),
      output: [],
    },
    {
      name: 'not-ok.md',
      template,
      input: ['---', 'status: review', '---', '', '### Problem', '', '<!-- to do -->', '', '### Audience', '', 'Support agents.', ''].join('\n'),
      output: [
        '5:1-5:12 error Unexpected empty field `Problem`, expected content after the heading',
      ],
    },
    {
      name: 'draft.md',
      template,
      input: ['---', 'status: draft', '---', '', '### Problem', ''].join('\n'),
      output: [
        '5:1-5:12 warning Unexpected empty field `Problem`, expected content after the heading',
      ],
    },
  ],
};
