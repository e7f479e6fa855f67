import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `specific-audience`. */
export const docs = defineRuleDocs({
  id: 'specific-audience',
  summary: '“Who this is for” names a persona, role or service, not only “all users”.',
  description: md`
    An integration built for everyone is designed for no one. The rule checks each field whose
    template options list \`vagueAudiences\` (in \`api-integration\`: “Who this is for”) and reports an
    answer made only of those words, such as “All users.” or “Customers and everyone”. Naming a
    persona, role or service next to them is fine.`,
  defaultSeverity: 'error',
  precision: 'high',
  tags: ['clarity'],
  options: [
    {
      name: 'vagueAudiences',
      type: 'string[]',
      default: 'the template’s `fields.<slug>.vagueAudiences`',
      description: 'Audiences too vague on their own; replaces the template’s list.',
    },
  ],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        ### Audience

        Support agents who issue refunds, and the finance team.
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

        ### Audience

        All users and customers.
      `,
      output: [
        '7:1-7:25 error Unexpected vague audience `All users and customers.` in `Audience`, expected a named persona, role or service (such as “finance admins” or “the billing service”)',
      ],
    },
    {
      name: 'options.md',
      template,
      config: { vagueAudiences: ['support'] },
      input: md`
        ---
        template: webhook-consumer
        ---

        ### Audience

        - Support
      `,
      output: [
        '7:1-7:10 error Unexpected vague audience `Support` in `Audience`, expected a named persona, role or service (such as “finance admins” or “the billing service”)',
      ],
    },
  ],
});
