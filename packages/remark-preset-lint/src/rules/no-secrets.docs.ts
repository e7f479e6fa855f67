import { credentialKinds } from '@specmark/schema';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Splits the example keys in this source file so that secret scanners do not flag it; adds nothing. */
const cut = '';

/** Documentation and examples of `no-secrets`. */
export const docs = defineRuleDocs({
  id: 'no-secrets',
  summary: 'No credential anywhere in the spec: frontmatter, prose or code.',
  description: md`
    Specs are shared widely: a key pasted into one is leaked. The rule runs secretlint’s recommended
    rules (\`@secretlint/secretlint-rule-preset-recommend\`, AWS access key ids included) over the whole
    file, and Specmark’s credential table (\`findCredentials\` of \`@specmark/schema\`, the shapes every
    Specmark message is redacted with), which finds: ${credentialKinds.join(', ')}.

    Token shapes follow secretlint’s rules where it has one, widened where a real key of another
    length would be missed (OpenAI project keys, Anthropic keys). An AWS secret access key is forty
    base64 characters within 200 characters after \`aws\`, \`secret access key\` or an access key id. An
    authorization credential is the value after \`Basic\` (base64 of \`user:password\`), \`Bearer\` or
    \`token\`; a password or token is the value after a key that ends in \`token\`, \`secret\`, \`password\`,
    \`passwd\`, \`pwd\` or \`api_key\` (\`token=…\`, \`"client_secret": "…"\`, \`accessToken: …\`, \`X-API-Key: …\`); both are
    reported when they have eight or more characters with letters and digits. A URL with a password,
    of any scheme (\`https\`, \`postgres\`, \`redis\`, \`amqp\`…) and with or without a user name
    (\`redis://:…@cache\`), is reported up to the end of its host.

    The message names the kind of secret and shows exactly its first four characters and \`…\` (two
    for a secret under sixteen characters, none under twelve); name the environment variable or
    secret store entry instead.

    Placeholders are not credentials: a run of six or more of one character (\`sk_live_xxxxxxxx\`,
    \`********\`), a reference (\`\${STRIPE_SECRET_KEY}\`, \`{{token}}\`, \`<your-key>\`,
    \`process.env.STRIPE_KEY\`), and the example values providers document, which contain \`EXAMPLE\`
    (\`AKIAIOSFODNN7EXAMPLE\`). After a scheme or a key, and as a URL’s password, a variable (\`$TOKEN\`,
    \`API_TOKEN\`, \`PASSWORD\`) or a word written in a credential’s place (\`password\`, \`pass\`, \`secret\`,
    \`changeme\`, \`redacted\`, \`token\`, \`example\`, \`your…\`) is a placeholder too:
    \`Authorization: Bearer <token>\` and \`https://user:password@example.com\` are not reported, nor is a
    URL without a password (\`redis://cache:6379\`) or to this machine (\`amqp://guest:guest@localhost\`).

    Not found: a credential of no known shape written on its own (a password in a sentence), Basic
    credentials that are not base64 of \`user:password\`, and values after a key or scheme under eight
    characters or without digits.`,
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
        export REDIS_URL=redis://cache:6379
        curl -H "Authorization: Bearer <token>" https://api.stripe.com/v1/refunds
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
        export REDIS_URL=redis://:PrAJ${cut}71fTquWo@cache.acme.io:6379
        curl -H "Authorization: Bearer C3J2${cut}7XDCG2LmlZGEON" https://api.stripe.com/v1/refunds
        \`\`\`

        Deploys use AKIA${cut}QYLPMN5HHHFPZAM2.
      `,
      output: [
        '9:26-9:74 error Unexpected Stripe secret key (live) `sk_l…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '10:30-10:68 error Unexpected Stripe webhook signing secret `whse…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '11:30-11:70 error Unexpected AWS secret access key `Zq3m…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '12:18-12:58 error Unexpected URL with a password `redi…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '13:32-13:50 error Unexpected authorization credential `C3J2…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
        '16:13-16:33 error Unexpected AWS access key ID `AKIA…`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
      ],
    },
  ],
});
