import { md } from './md.ts';

/**
 * A small provider API description the examples of the rules that read one are checked against
 * (OpenAPI 3.1, YAML): a refund operation with its error statuses, a deprecated one with its
 * replacement, an operation that documents its errors only as `default`, an API key, two webhooks.
 */
export const exampleApiDescription = md`
  openapi: 3.1.0
  info: { title: Acme Payments, version: '2024-06-01' }
  components:
    securitySchemes:
      apiKey: { type: apiKey, in: header, name: X-Api-Key }
  security:
    - apiKey: []
  paths:
    /refunds:
      post:
        operationId: createRefund
        summary: Create a refund
        responses:
          '201': { description: Created }
          '404': { description: Charge not found }
          '409': { description: Charge already refunded }
          '429': { description: Too many requests }
          5XX: { description: Server error }
    /refunds/{id}:
      get:
        operationId: getRefund
        summary: Get a refund
        deprecated: true
        description: Use GET /v2/refunds/{id} instead.
        responses:
          '200': { description: The refund }
          '404': { description: No such refund }
    /v2/refunds/{id}:
      get:
        operationId: getRefundV2
        summary: Get a refund
        responses:
          '200': { description: The refund }
          '404': { description: No such refund }
    /balance:
      get:
        operationId: getBalance
        summary: Get the balance
        responses:
          '200': { description: The balance }
          default: { description: An error }
  webhooks:
    refund.succeeded:
      post:
        summary: A refund succeeded
        responses: { '200': { description: Received } }
    refund.failed:
      post:
        summary: A refund failed
        responses: { '200': { description: Received } }
`;
