import { exampleTemplate as template } from '../lib/example-template.ts';
import type { RuleDocs } from '../lib/rule-docs.ts';

/** Documentation and examples of `specific-audience`. */
export const docs: RuleDocs = {
  id: 'specific-audience',
  summary: '“Who this is for” names a persona, role or service, not only “all users”.',
  description: [
    'An integration built for everyone is designed for no one. The rule checks each field whose',
    'template options list `vagueAudiences` (in `api-integration`: “Who this is for”) and reports an',
    'answer made only of those words, such as “All users.” or “Customers and everyone”. Naming a',
    'persona, role or service next to them is fine.',
  ].join('\n'),
  severity: 'error',
  options: [
    {
      name: 'vagueAudiences',
      type: 'string[]',
      default: 'the template’s `fields.<slug>.vagueAudiences`',
      description: 'Audiences too vague on their own; replaces the template’s list.',
    },
  ],
  examples: [
    { name: 'ok.md', template, input: '### Audience\n\nSupport agents who issue refunds, and the finance team.\n', output: [] },
    { name: 'not-ok.md', template, input: '### Audience\n\nAll users and customers.\n', output: [
        '3:1-3:25 error Unexpected vague audience `All users and customers.` in `Audience`, expected a named persona, role or service (such as “finance admins” or “the billing service”)',
      ] },
    {
      name: 'options.md',
      template,
      config: { vagueAudiences: ['support'] },
      input: '### Audience\n\n- Support\n',
      output: [
        '3:1-3:10 error Unexpected vague audience `Support` in `Audience`, expected a named persona, role or service (such as “finance admins” or “the billing service”)',
      ],
    },
  ],
};
