import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { indexDescription, readDescriptionText, type ApiIndex } from '@specmark/api-description';
import { realDescription } from './support/real-descriptions.ts';

/** The index of one document, or a failed test. */
function indexOf(document: unknown): ApiIndex {
  const { result, missing } = indexDescription(new Map([['api.json', document]]));
  expect(missing).toEqual([]);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

/** The index of a file of APIs.guru's collection. */
function realIndex(name: string): ApiIndex {
  const read = readDescriptionText(readFileSync(realDescription(name), 'utf8'));
  if (!read.ok) throw new Error(read.problem.message);
  return indexOf(read.value);
}

test('Swagger 2.0: operations, responses by reference, security definitions, host and base path', () => {
  const index = indexOf({
    swagger: '2.0',
    info: { title: 'Pet  store', version: '1.0.0' },
    host: 'api.example.com',
    basePath: '/v1',
    schemes: ['http', 'https'],
    securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' }, login: { type: 'basic' }, oauth: { type: 'oauth2', flow: 'implicit' } },
    security: [{ key: [] }],
    responses: { NotFound: { description: 'No such\npet' } },
    paths: {
      '/pets/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
        get: { operationId: 'getPet', summary: 'Find a pet', responses: { '200': { description: 'The pet' }, '404': { $ref: '#/responses/NotFound' } } },
        delete: { description: 'Removes a pet.', deprecated: true, security: [{ login: [] }, { oauth: ['write'] }], responses: { '204': { description: '' }, default: { description: 'Error' } } },
      },
      'x-not-a-path': { get: {} },
    },
  });
  expect(index).toEqual({
    format: 'swagger-2.0',
    title: 'Pet store',
    version: '1.0.0',
    operations: [
      { method: 'GET', path: '/pets/{id}', operationId: 'getPet', summary: 'Find a pet', deprecated: false, statuses: [{ code: '200', description: 'The pet' }, { code: '404', description: 'No such pet' }], security: ['key'] },
      { method: 'DELETE', path: '/pets/{id}', summary: 'Removes a pet.', deprecated: true, statuses: [{ code: '204', description: '' }, { code: 'default', description: 'Error' }], security: ['login', 'oauth'] },
    ],
    securitySchemes: [
      { name: 'key', method: 'api-key', detail: 'API key in header `X-Key`' },
      { name: 'login', method: 'basic', detail: 'HTTP basic' },
      { name: 'oauth', method: 'oauth2', detail: 'OAuth 2.0' },
    ],
    servers: [{ url: 'https://api.example.com/v1', description: '' }],
    webhooks: null,
  });
});

test('OpenAPI 3.0 in YAML: path items and responses by reference, a deprecated operation and its replacement, servers', () => {
  const read = readDescriptionText(`openapi: 3.0.3
info: {title: Payments, version: '2024-01'}
servers:
  - url: https://sandbox.example.com
    description: Sandbox
  - url: https://api.example.com
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
    mtls: {type: mutualTLS}
  responses:
    Conflict: {description: A payment with this key exists}
  pathItems: {}
paths:
  /payments:
    post:
      operationId: createPayment
      summary: Create a payment
      security: []
      responses:
        '201': {description: Created}
        '409': {$ref: '#/components/responses/Conflict'}
        4XX: {description: Client error}
        x-extension: {description: not a status}
  /charges:
    post:
      summary: Create a charge
      deprecated: true
      description: Use POST /payments instead.
      responses: {'200': {description: OK}}
    get:
      summary: List charges
      deprecated: true
      description: Replaced by [Create a payment](https://docs.example.com/#create-a-payment).
      responses: {}
`);
  if (!read.ok) throw new Error(read.problem.message);
  const index = indexOf(read.value);
  expect(index.format).toBe('openapi-3.0');
  expect(index.operations).toEqual([
    {
      method: 'POST',
      path: '/payments',
      operationId: 'createPayment',
      summary: 'Create a payment',
      deprecated: false,
      statuses: [
        { code: '201', description: 'Created' },
        { code: '409', description: 'A payment with this key exists' },
        { code: '4XX', description: 'Client error' },
      ],
      security: [],
    },
    { method: 'GET', path: '/charges', summary: 'List charges', deprecated: true, replacement: 'POST /payments', statuses: [], security: [] },
    { method: 'POST', path: '/charges', summary: 'Create a charge', deprecated: true, replacement: 'POST /payments', statuses: [{ code: '200', description: 'OK' }], security: [] },
  ]);
  expect(index.securitySchemes).toEqual([
    { name: 'bearer', method: 'bearer', detail: 'HTTP bearer (JWT)' },
    { name: 'mtls', method: 'mtls', detail: 'mutual TLS' },
  ]);
  expect(index.servers).toEqual([
    { url: 'https://sandbox.example.com', description: 'Sandbox' },
    { url: 'https://api.example.com', description: '' },
  ]);
  expect(index.webhooks).toBeNull();
});

test('OpenAPI 3.1: webhooks, a path item from components, openIdConnect', () => {
  const index = indexOf({
    openapi: '3.1.0',
    info: { title: 'Events', version: '1' },
    components: {
      pathItems: { Orders: { get: { operationId: 'listOrders', responses: { '200': { description: 'Orders' }, '429': { description: 'Slow down' } } } } },
      securitySchemes: { oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example.com' }, sig: { type: 'http', scheme: 'signature' } },
    },
    paths: { '/orders': { $ref: '#/components/pathItems/Orders' } },
    webhooks: { 'order.created': { post: { summary: 'An order was created', responses: { '200': { description: 'Received' } } } }, 'order.deleted': { $ref: '#/components/pathItems/Orders' } },
  });
  expect(index.operations).toEqual([
    { method: 'GET', path: '/orders', operationId: 'listOrders', summary: '', deprecated: false, statuses: [{ code: '200', description: 'Orders' }, { code: '429', description: 'Slow down' }], security: [] },
  ]);
  expect(index.webhooks).toEqual([
    { name: 'order.created', summary: 'An order was created' },
    { name: 'order.deleted', summary: '' },
  ]);
  expect(index.securitySchemes).toEqual([
    { name: 'oidc', method: 'oauth2', detail: 'OpenID Connect' },
    { name: 'sig', method: 'hmac', detail: 'HTTP signature' },
  ]);
});

test('a circular $ref leaves the object it names out, and indexing ends', () => {
  const index = indexOf({
    openapi: '3.0.0',
    info: { title: 'Loop', version: '1' },
    components: { responses: { A: { $ref: '#/components/responses/B' }, B: { $ref: '#/components/responses/A' } }, schemas: { Node: { properties: { next: { $ref: '#/components/schemas/Node' } } } } },
    paths: {
      '/loop': { $ref: '#/paths/~1loop' },
      '/nodes': { get: { responses: { '200': { description: 'A list', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } }, '500': { $ref: '#/components/responses/A' } } } },
    },
  });
  expect(index.operations).toEqual([
    { method: 'GET', path: '/nodes', summary: '', deprecated: false, statuses: [{ code: '200', description: 'A list' }, { code: '500', description: '' }], security: [] },
  ]);
});

test('a $ref to another file is named as missing until the caller gives it', () => {
  const document = { openapi: '3.0.0', info: { title: 'Split', version: '1' }, paths: { '/a': { $ref: 'paths/a.yaml' }, '/b': { get: { responses: { $ref: './responses.yaml#/B' } } } } };
  const first = indexDescription(new Map([['specs/api.yaml', document]]), 'specs/api.yaml');
  expect(first.missing).toEqual(['specs/paths/a.yaml', 'specs/responses.yaml']);
  const second = indexDescription(
    new Map<string, unknown>([
      ['specs/api.yaml', document],
      ['specs/paths/a.yaml', { post: { responses: { '201': { $ref: '../responses.yaml#/Created' } } } }],
      ['specs/responses.yaml', { Created: { description: 'Made' }, B: { '204': { description: 'Gone' } } }],
    ]),
    'specs/api.yaml',
  );
  expect(second.missing).toEqual([]);
  expect(second.result.ok && second.result.value.operations.map(({ method, path, statuses }) => ({ method, path, statuses }))).toEqual([
    { method: 'POST', path: '/a', statuses: [{ code: '201', description: 'Made' }] },
    { method: 'GET', path: '/b', statuses: [{ code: '204', description: 'Gone' }] },
  ]);
});

test('real descriptions: Stripe (3.0, errors only as default), Adyen Checkout (3.1), a converted Swagger 2.0 one, Twilio', () => {
  const stripe = realIndex('stripe.com.json');
  expect(stripe.format).toBe('openapi-3.0');
  expect(stripe.operations.length).toBeGreaterThan(400);
  expect(new Set(stripe.operations.flatMap((operation) => operation.statuses.map((status) => status.code)))).toEqual(new Set(['200', 'default']));
  expect(stripe.operations.find((operation) => operation.operationId === 'PostCharges')).toMatchObject({ method: 'POST', path: '/v1/charges', deprecated: false });
  expect(stripe.securitySchemes.map((scheme) => scheme.method)).toEqual(['basic', 'bearer']);
  const adyen = realIndex('adyen.com/CheckoutService-v71.json');
  expect(adyen.format).toBe('openapi-3.1');
  expect(adyen.operations.find((operation) => operation.path === '/payments' && operation.method === 'POST')?.statuses.map((status) => status.code)).toEqual(['200', '400', '401', '403', '422', '500']);
  // The collection holds its Swagger 2.0 descriptions converted to OpenAPI 3.0 (servers from `schemes`, `host` and `basePath`).
  const converted = realIndex('1forge.com.json');
  expect(converted).toMatchObject({ format: 'openapi-3.0', servers: [{ url: 'https://1forge.com/forex-quotes' }, { url: 'http://1forge.com/forex-quotes' }] });
  expect(converted.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(['GET /quotes', 'GET /symbols']);
  const twilio = realIndex('twilio.com/api.json');
  expect(twilio.operations.length).toBeGreaterThan(100);
  expect(twilio.operations.every((operation) => operation.statuses.length > 0)).toBe(true);
});
