import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `required-checklist-items`. */
export const docs = defineRuleDocs({
  id: 'required-checklist-items',
  summary: 'Every required item of the template’s checklists is in the spec, or waived with a reason.',
  description: md`
    The guardrails of a template (in \`api-integration\`: “Do not” and “Acceptance criteria”) stay in
    every spec; extra items are welcome. An item that does not apply is struck through and followed
    by the reason: \`- [ ] ~~Do not …~~ The API has no keys.\` An item is kept whatever its case,
    checkbox, line wrapping or trailing punctuation. A missing item is reported where it belongs, right
    after the template item before it; its quick fix inserts that one item there, the edit
    \`specmark fix\` makes.`,
  defaultSeverity: 'error',
  precision: 'very-high',
  tags: ['guardrails'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        ### Do not

        - [ ] ~~Do not trust an unsigned event~~ The provider cannot sign; we poll its API instead.
        - [x] Do not log payloads
        - [ ] Do not call the provider from the browser
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

        ### Do not

        - [ ] ~~Do not trust an unsigned event~~
        - [ ] Do not call the provider from the browser
      `,
      output: [
        '7:1-7:41 error Unexpected waived item `Do not trust an unsigned event` without a reason, expected why it does not apply after `~~…~~`',
        '7:41 error Unexpected missing item `Do not log payloads` in `Do not`, expected it, or struck through with the reason it does not apply',
      ],
      repaired: md`
        @@ -7,2 +7,3 @@
         - [ ] ~~Do not trust an unsigned event~~
        +- [ ] Do not log payloads
         - [ ] Do not call the provider from the browser
      `,
    },
  ],
});
