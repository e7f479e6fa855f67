import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `required-sections`. */
export const docs = defineRuleDocs({
  id: 'required-sections',
  summary: 'The spec has a title and every section and field heading of its template, once, at the right level.',
  description: md`
    Every \`##\` section and \`###\` field of the template must be in the spec, matched by heading text
    (whatever its case, Markdown marks or trailing punctuation), each once and at the template’s level;
    the spec also needs a \`#\` title. A missing heading is reported where it belongs (before the next
    field of its section that the spec has, else at the end of its section, else at the end of the
    file), and the quick fix inserts the heading with the template’s prompt. A section missing with
    all its fields is one message. A heading at the wrong level is recognised; its quick fix changes
    its level. Headings the template does not have are welcome. Every quick fix is the edit
    \`specmark fix\` makes.

    Always an error: the other rules and the tools that read specs rely on the structure.`,
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

        ### Audience

        ### Behaviors

        ### Edge cases

        ### Open questions

        ## Build

        ### Stack

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

        ### Problem

        ## Audience

        ### Edge cases

        ### Open questions

        ### Problem

        ## Build

        ### Stack

      `,
      output: [
        '11:1-11:12 error Unexpected heading level 2 for field `Audience`, expected level 3 (`### Audience`)',
        '13:1 error Unexpected missing field `Behaviors`, expected `### Behaviors` in section `Why`',
        '17:1-17:12 error Unexpected second `Problem` heading, expected each field of the template once',
        '21:10 error Unexpected missing field `Do not`, expected `### Do not` in section `Build`',
      ],
      repaired: md`
        @@ -10,4 +10,8 @@

        -## Audience
        +### Audience

        +### Behaviors
        +
        +- When [event arrives], [what happens]
        +
         ### Edge cases
        @@ -22,1 +26,6 @@

        +### Do not
        +
        +- [ ] Do not trust an unsigned event
        +- [ ] Do not log payloads
        +
      `,
    },
    {
      name: 'missing-section.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        # Stripe refunds consumer

        ## Why

        ### Problem

        ### Audience

        ### Behaviors

        ### Edge cases

        ### Open questions

      `,
      output: [
        '17:19 error Unexpected missing section `Build` and its fields `Stack`, `Do not`, expected `## Build`',
      ],
      repaired: md`
        @@ -18,1 +18,12 @@

        +## Build
        +
        +### Stack
        +
        +[e.g., "Node.js 22 worker, PostgreSQL 16"]
        +
        +### Do not
        +
        +- [ ] Do not trust an unsigned event
        +- [ ] Do not log payloads
        +
      `,
    },
  ],
});
