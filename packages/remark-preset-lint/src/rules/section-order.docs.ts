import { exampleTemplate as template } from '../lib/example-template.ts';
import type { RuleDocs } from '../lib/rule-docs.ts';

/** Documentation and examples of `section-order`. */
export const docs: RuleDocs = {
  id: 'section-order',
  summary: 'Sections and fields follow the template’s order.',
  description: [
    'Readers and tools expect the template’s order. The rule reports the fewest headings needed to',
    'restore it (those outside the longest run already in order); each message’s `cause` points at the',
    'heading it should follow. Missing headings are `required-sections`’ business.',
  ].join('\n'),
  severity: 'error',
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: ['# Stripe refunds consumer', '## Why', '### Problem', '### Edge cases', '## Build', '### Do not', ''].join('\n\n'),
      output: [],
    },
    {
      name: 'not-ok.md',
      template,
      input: ['# Stripe refunds consumer', '## Why', '### Audience', '### Problem', '### Behaviors', '## Build', '### Do not', '### Stack', ''].join('\n\n'),
      output: [
        '5:1-5:13 error Unexpected `### Audience` after `## Why`, expected it after `### Problem`',
        '13:1-13:11 error Unexpected `### Do not` after `## Build`, expected it after `### Stack`',
      ],
    },
  ],
};
