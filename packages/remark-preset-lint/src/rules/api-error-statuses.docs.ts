import { exampleApiDescription } from '../lib/docs/example-api-description.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** The description beside the examples' spec. */
const descriptions = { './acme.openapi.yaml': exampleApiDescription };

/** Documentation and examples of `api-error-statuses`. */
export const docs = defineRuleDocs({
  id: 'api-error-statuses',
  summary: 'Every error status the provider documents for an operation the spec calls is handled or deferred.',
  description: md`
    Unhandled error codes are how API integrations fail. The provider's description says which
    statuses each operation returns; for each operation in \`api.operations\` (see
    \`api-operations\`), every documented error status — \`4xx\` and \`5xx\` codes such as \`409\` and
    \`429\`, and ranges such as \`5XX\` — must be named by an answer of a field whose template options
    set \`errorStatuses: handled\` (in \`api-integration\`: “Key behaviors” and “Edge cases”), or by one
    that sets \`errorStatuses: deferred\` (“Out of scope”). A class such as \`4xx\` in an answer names
    each of its statuses; a range such as \`4XX\` in the description is named only by its class. An
    edge-case question the spec answers counts with its answer (“What happens when the API … returns
    a 5xx error?” names \`5xx\`). An answer that names some of the listed operations (by
    \`METHOD /path\` or operation id) speaks of those only; one that names none speaks of all.

    One message per operation, at its line in \`api.operations\`, names the statuses no answer
    names. An operation that documents its errors only as \`default\` (Stripe's description does:
    its error codes live in the error object) cannot be checked: one warning per spec says so, at
    any status.

    Where no description is read (the editor on the site, the rule used on its own) or it cannot be
    read (\`api-operations\` says why), the rule says nothing.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['api-description', 'completeness'],
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
        ---

        ### Out of scope

        - Retrying refunds the provider fails with a 5xx error: phase 2

        ### Key behaviors

        - When \`POST /refunds\` returns 404 or 409, we mark the refund failed and tell the agent why
        - When the API returns 429, we wait for \`Retry-After\` and retry at most 3 times
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
            - POST /refunds
            - getRefundV2
        ---

        ### Key behaviors

        - When \`POST /refunds\` returns 409, we show the refund as already done
      `,
      output: [
        '6:7-6:20 error Unexpected no answer for `404`, `429`, `5XX` of `POST /refunds`, expected an answer in `Key behaviors` or `Edge cases` that names each, or them in `Out of scope`',
        '7:7-7:18 error Unexpected no answer for `404` of `GET /v2/refunds/{id}`, expected an answer in `Key behaviors` or `Edge cases` that names it, or it in `Out of scope`',
      ],
    },
    {
      name: 'not-ok-status-of-another-operation.md',
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

        ### Key behaviors

        - When \`GET /v2/refunds/{id}\` returns 404, we show the refund as still pending
        - When \`POST /refunds\` returns 409 or 429, or any 5xx, we retry it the next day, 3 times at most
      `,
      output: [
        '6:7-6:20 error Unexpected no answer for `404` of `POST /refunds`, expected an answer in `Key behaviors` or `Edge cases` that names it, or it in `Out of scope`',
      ],
    },
    {
      name: 'errors-only-as-default.md',
      descriptions,
      input: md`
        ---
        template: api-integration
        api:
          description: ./acme.openapi.yaml
          operations: [getBalance]
        ---
      `,
      output: [
        "5:16-5:26 warning Unexpected errors documented only as `default` for `GET /balance`, expected error statuses such as `404` or `4XX` to check `Key behaviors` or `Edge cases` against: `./acme.openapi.yaml` does not say which errors it returns, so name the provider's error codes by hand",
      ],
    },
    {
      name: 'no-description-read.md',
      input: md`
        ---
        template: api-integration
        api:
          description: ./acme.openapi.yaml
          operations: [POST /refunds]
        ---
      `,
      output: [],
    },
  ],
});
