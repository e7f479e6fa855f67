import type { RuleDocs } from '../lib/rule-docs.ts';

/** Documentation and examples of `no-secrets`. */
export const docs: RuleDocs = {
  id: 'no-secrets',
  summary: 'No credential anywhere in the spec: frontmatter, prose or code.',
  description: [
    'Specs are shared widely: a key pasted into one is leaked. The rule runs secretlint’s recommended',
    'rules (`@secretlint/secretlint-rule-preset-recommend`, AWS access key ids included) over the whole',
    'file. The message names the kind of secret and shows only its first characters; name the',
    'environment variable or secret store entry instead.',
  ].join('\n'),
  severity: 'error',
  options: [],
  examples: [
    {
      name: 'ok.md',
      input: '### Reference files\n\nThe key is read from `STRIPE_SECRET_KEY`, set in the deploy environment.\n',
      output: [],
    },
    {
      name: 'not-ok.md',
      input: ['---', 'auth: api-key', '---', '', '### Reference files', '', '```sh', 'export STRIPE_SECRET_KEY=sk_live_' + '51HxYzABCDEFGHIJKLMNOPqrstuvwx0123456789', '```', '', 'Deploys use AKIA' + 'QYLPMN5HHHFPZAM2.', ''].join('\n'),
      output: [
        '8:26-8:74 error Unexpected Stripe secret key (live) `sk_l…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '11:13-11:33 error Unexpected AWS access key ID `AKIA…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
      ],
    },
  ],
};
