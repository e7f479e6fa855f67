import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `open-questions-resolved`. */
export const docs = defineRuleDocs({
  id: 'open-questions-resolved',
  summary: 'From `approved` on, every open question is checked and answered.',
  description: md`
    While a spec is a \`draft\` or in \`review\`, its open questions may stay open. Once its \`status\` is
    \`approved\` (or \`implemented\`, \`deprecated\`), every item of a checklist field whose template items
    are prompts (in \`api-integration\`: “Open questions”) must be checked, with the answer after the
    question’s \`?\`. There is no quick fix: checking the box is the answer, which only a person can give.`,
  defaultSeverity: 'error',
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
        status: approved
        ---

        ### Open questions

        - [x] Sandbox credentials available? Yes, in the team vault.
      `,
      output: [],
    },
    {
      name: 'draft.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        status: draft
        ---

        ### Open questions

        - [ ] Sandbox credentials available?
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        status: approved
        ---

        ### Open questions

        - [ ] Sandbox credentials available?
        - [x] Rate limits confirmed?
      `,
      output: [
        '8:3-8:6 error Unexpected open question `Sandbox credentials available?` in a spec with status `approved`, expected it checked (`[x]`) with its answer',
        '9:1-9:29 error Unexpected unanswered question `Rate limits confirmed?`, expected its answer after the `?`',
      ],
    },
  ],
});
