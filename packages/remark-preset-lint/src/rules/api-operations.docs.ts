import { exampleApiDescription } from '../lib/docs/example-api-description.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** The descriptions beside the examples' spec. */
const descriptions = { './acme.openapi.yaml': exampleApiDescription, './broken.json': '{"openapi": "3.0.3", "paths": {\n' };

/** Documentation and examples of `api-operations`. */
export const docs = defineRuleDocs({
  id: 'api-operations',
  summary: 'Every operation in `api.operations` exists in the provider’s API description and is not deprecated.',
  description: md`
    A spec that names an endpoint the provider does not have, or one it has deprecated, sends
    whoever builds the integration the wrong way. The frontmatter's \`api.description\` names the
    provider's OpenAPI (3.0 or 3.1) or Swagger 2.0 description, JSON or YAML — a path relative to the
    spec, or a package path such as \`@octokit/openapi/generated/api.github.com.json\` found in
    \`node_modules\` — and \`api.operations\` lists the operations the integration calls, as
    \`METHOD /path\` (parameter names aside) or as operation ids. The rule checks:

    - each operation is in the description; when it is not, the message names the nearest three it
      documents (an editor offers them as quick fixes);
    - an operation the description marks deprecated is a warning, at any status, naming the
      replacement when the description's text names one;
    - a description that cannot be read — a missing file, a package that is not installed, JSON or
      YAML that does not parse, a document that is not an OpenAPI or Swagger description — is one
      error at \`api.description\`, saying why (and where in the description, when known).

    \`specmark check\`, remark-cli, the VS Code extension and the MCP server read the description
    (once per run; \`specmark check\` keeps its index across runs). Where no description can be read
    on behalf of the rule — the editor on the site, the rule used on its own without the preset's
    Node entry — it says nothing. See also \`api-error-statuses\` and \`api-auth-webhooks\`.`,
  defaultSeverity: 'error',
  precision: 'very-high',
  tags: ['api-description', 'correctness'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      descriptions,
      input: md`
        ---
        template: api-integration
        api:
          description: ./acme.openapi.yaml
          operations:
            - POST /refunds
            - getRefundV2
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
        api:
          description: ./acme.openapi.yaml
          operations:
            - POST /refund
            - GET /refunds/{refund_id}
            - getBalances
        ---
      `,
      output: [
        '6:7-6:19 error Unexpected operation `POST /refund` that `./acme.openapi.yaml` lacks, expected one of `POST /refunds`, `GET /balance`, `GET /refunds/{id}`',
        '7:7-7:31 warning Unexpected deprecated operation `GET /refunds/{id}`, expected its replacement `GET /v2/refunds/{id}`',
        '8:7-8:18 error Unexpected operation `getBalances` that `./acme.openapi.yaml` lacks, expected one of `getBalance`, `getRefund`, `getRefundV2`',
      ],
      repaired: md`
        @@ -6,3 +6,3 @@
             - POST /refund
        -    - GET /refunds/{refund_id}
        +    - GET /v2/refunds/{id}
             - getBalances
      `,
    },
    {
      name: 'unreadable-description.md',
      descriptions,
      input: md`
        ---
        template: api-integration
        api:
          description: ./broken.json
          operations: [createRefund]
        ---
      `,
      output: [
        "4:16-4:29 error Unexpected JSON syntax (Expected property name or '}'), expected an OpenAPI or Swagger description (line 2, column 1 of `./broken.json`)",
      ],
    },
    {
      name: 'missing-description.md',
      descriptions,
      input: md`
        ---
        template: api-integration
        api:
          description: ./vendor/acme.openapi.yaml
          operations: [createRefund]
        ---
      `,
      output: ['4:16-4:42 error Unexpected missing file `./vendor/acme.openapi.yaml`, expected an OpenAPI or Swagger description there'],
    },
    {
      name: 'no-description-read.md',
      input: md`
        ---
        template: api-integration
        api:
          description: ./acme.openapi.yaml
          operations: [POST /refund]
        ---
      `,
      output: [],
    },
  ],
});
