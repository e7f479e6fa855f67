import { exampleApiDescription } from '../lib/docs/example-api-description.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** The description beside the examples' spec. */
const descriptions = { './acme.openapi.yaml': exampleApiDescription };

/** Documentation and examples of `api-auth-webhooks`. */
export const docs = defineRuleDocs({
  id: 'api-auth-webhooks',
  summary: 'The frontmatter’s `auth` and `webhooks.events` agree with the provider’s API description.',
  description: md`
    The provider's description says how its API authenticates and, from OpenAPI 3.1 on, which
    webhooks it sends. When the spec's \`api.description\` names one (see \`api-operations\`), the rule
    compares:

    - \`auth\` with the security schemes the operations in \`api.operations\` take — or, when they take
      none, the schemes the description declares: an OAuth 2.0 or OpenID Connect scheme is \`oauth2\`,
      an API key \`api-key\`, HTTP bearer \`bearer\`, HTTP basic \`basic\`, mutual TLS \`mtls\`; an API key
      or OAuth token sent as a bearer token agrees with \`bearer\`, as in \`consistent-frontmatter\`.
      \`auth: none\` disagrees only when every listed operation takes a scheme. A scheme of a kind
      \`auth\` has no word for leaves \`auth\` unjudged.
    - each of \`webhooks.events\` with the webhooks the description documents (OpenAPI 3.1
      \`webhooks\`, or \`x-webhooks\` before it), word by word: case and separators aside
      (\`pull_request.opened\` is GitHub's \`pull-request-opened\`), an event names the webhooks
      whose names start with its words (\`pull_request\` names \`pull-request-opened\` and
      \`pull-request-closed\`), and \`refund.*\` or \`*\` name them all. A description without webhooks
      leaves the events unjudged.

    Where no description is read (the editor on the site, the rule used on its own) or it cannot be
    read (\`api-operations\` says why), the rule says nothing.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['api-description', 'frontmatter', 'consistency'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      descriptions,
      input: md`
        ---
        template: api-integration
        auth: api-key
        webhooks:
          events: [refund.*]
        api:
          description: ./acme.openapi.yaml
          operations: [POST /refunds]
        ---
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      descriptions,
      input: md`
        ---
        template: api-integration
        auth: oauth2
        webhooks:
          events: [refund.succeeded, refund.updated]
        api:
          description: ./acme.openapi.yaml
          operations: [POST /refunds]
        ---
      `,
      output: [
        '3:7-3:13 error Unexpected `auth: oauth2`, expected `auth: api-key`, as the security schemes the operations in `api.operations` take say (`apiKey`: API key in header `X-Api-Key`)',
        '5:30-5:44 error Unexpected event `refund.updated` that `./acme.openapi.yaml` documents no webhook for, expected one of `refund.succeeded`, `refund.failed`',
      ],
      repaired: md`
        @@ -2,3 +2,3 @@
         template: api-integration
        -auth: oauth2
        +auth: api-key
         webhooks:
      `,
    },
    {
      name: 'no-description-read.md',
      input: md`
        ---
        template: api-integration
        auth: oauth2
        api:
          description: ./acme.openapi.yaml
          operations: [POST /refunds]
        ---
      `,
      output: [],
    },
  ],
});
