import { md } from '../lib/md.ts';
import { defineRuleDocs } from '../lib/rule-docs.ts';

/** Splits the example keys in this source file so that secret scanners do not flag it; adds nothing. */
const cut = '';

/** Documentation and examples of `no-secrets`. */
export const docs = defineRuleDocs({
  id: 'no-secrets',
  summary: 'No credential anywhere in the spec: frontmatter, prose or code.',
  description: md`
    Specs are shared widely: a key pasted into one is leaked. The rule runs secretlint’s recommended
    rules (\`@secretlint/secretlint-rule-preset-recommend\`, AWS access key ids included) over the whole
    file, and looks for what they miss: Stripe webhook signing secrets (\`whsec_…\`), Google API keys
    (\`AIza…\`), signed JSON Web Tokens, PEM private keys of every kind (EC keys included), and AWS
    secret access keys — forty base64 characters within 200 characters after \`aws\`, \`secret access
    key\` or an access key id. A URL with a password is reported up to the end of its host.

    The message names the kind of secret and shows exactly its first four characters and \`…\` (two
    for a secret under twelve characters); name the environment variable or secret store entry
    instead.

    Placeholders are not credentials: a run of six or more of one character (\`sk_live_xxxxxxxx\`,
    \`********\`), a reference (\`\${STRIPE_SECRET_KEY}\`, \`<your-key>\`, \`process.env.STRIPE_KEY\`), a URL
    whose credentials are the words \`user:password\`, and the example values providers document, which
    contain \`EXAMPLE\` (\`AKIAIOSFODNN7EXAMPLE\`).`,
  defaultSeverity: 'error',
  precision: 'high',
  tags: ['security'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      input: md`
        ---
        template: api-integration
        ---

        ### Reference files

        The key is read from \`STRIPE_SECRET_KEY\`, set in the deploy environment.

        \`\`\`sh
        export STRIPE_SECRET_KEY=sk_live_${cut}xxxxxxxxxxxxxxxxxxxxxxxx
        export STRIPE_WEBHOOK_SECRET=\${STRIPE_WEBHOOK_SECRET}
        export AWS_ACCESS_KEY_ID=AKIA${cut}IOSFODNN7EXAMPLE
        \`\`\`
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      input: md`
        ---
        template: api-integration
        auth: api-key
        ---

        ### Reference files

        \`\`\`sh
        export STRIPE_SECRET_KEY=sk_live_${cut}51HxYzABCDEFGHIJKLMNOPqrstuvwx0123456789
        export STRIPE_WEBHOOK_SECRET=whsec_${cut}Qm7xL3vR8tN1pZ6cW4yB9fK2aD5hJ0sE
        export AWS_SECRET_ACCESS_KEY=Zq3${cut}mN8vL2xR7tK1pW6cY4bF9hJ0sD5gA3eU8iO2y
        \`\`\`

        Deploys use AKIA${cut}QYLPMN5HHHFPZAM2.
      `,
      output: [
        '9:26-9:74 error Unexpected Stripe secret key (live) `sk_l…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '10:30-10:68 error Unexpected Stripe webhook signing secret `whse…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '11:30-11:70 error Unexpected AWS secret access key `Zq3m…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '14:13-14:33 error Unexpected AWS access key ID `AKIA…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
      ],
    },
  ],
});
