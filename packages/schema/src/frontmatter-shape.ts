import * as z from 'zod';
import { authMethods, environments, rateLimitPeriods, specStatuses } from './allowed-values.ts';
import { apiDescriptionPath, apiOperation, envVarName, eventName, headerName, httpUrl, isoDate, positiveInteger, singleLine, ticket, uniqueList } from './field-formats.ts';

/** `` `a`, `b` and `c` `` for descriptions. */
function listed(values: readonly string[]): string {
  const quoted = values.map((value) => '`' + value + '`');
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

const createdMeta = { description: 'The date the spec was written, `YYYY-MM-DD`.', examples: ['2026-11-24'] };
const updatedMeta = { description: 'The date the spec last changed, `YYYY-MM-DD`; not before `created`.', examples: ['2026-11-30'] };

/** The `template` key: one of the given template ids. */
function templateKey(templateIds: readonly [string, ...string[]]) {
  return z.enum(templateIds).meta({
    description: `Id of the template the spec follows: ${listed(templateIds)}.`,
    examples: [templateIds[0]],
  });
}

/** The `rateLimit` key. */
function rateLimitKey() {
  return z
    .strictObject({
      requests: positiveInteger().meta({ description: 'Requests allowed per period: a positive integer.', examples: [100] }),
      per: z.enum(rateLimitPeriods).meta({ description: `The period the limit counts over: ${listed(rateLimitPeriods)}.`, examples: ['second'] }),
      source: httpUrl()
        .optional()
        .meta({ description: 'URL of the page where the provider documents the limit.', examples: ['https://docs.stripe.com/rate-limits'] }),
    })
    .optional()
    .meta({
      description: 'The provider\'s rate limit: `requests` per `per` period, and where the provider documents it (`source`).',
      examples: [{ requests: 100, per: 'second', source: 'https://docs.stripe.com/rate-limits' }],
    });
}

/** The `api` key. */
function apiKey() {
  return z
    .strictObject({
      description: apiDescriptionPath().meta({
        description:
          'The provider\'s OpenAPI or Swagger description (JSON or YAML): a path relative to the spec file, or a package path found in `node_modules`. Not a URL: Specmark reads no network, so save the description beside the spec.',
        examples: ['./vendor/github.openapi.json', '@octokit/openapi/generated/api.github.com.json'],
      }),
      operations: uniqueList(apiOperation())
        .min(1)
        .meta({
          description:
            'The operations the integration calls: a non-empty list, each once, of `METHOD /path` as in the description (the method in upper case) or of operation ids.',
          examples: [['POST /repos/{owner}/{repo}/deployments', 'repos/create-deployment-status']],
        }),
    })
    .optional()
    .meta({
      description:
        'The provider\'s API description and the operations the integration calls in it. The lint rules check each operation exists, is not deprecated, and that the spec handles or defers every error status it documents.',
      examples: [{ description: './vendor/github.openapi.json', operations: ['POST /repos/{owner}/{repo}/deployments', 'repos/create-deployment-status'] }],
    });
}

/** The `webhooks` key. */
function webhooksKey() {
  const signature = z
    .strictObject({
      header: headerName().meta({ description: 'The HTTP header that carries the signature.', examples: ['Stripe-Signature'] }),
      secretEnv: envVarName().meta({
        description: 'Name of the environment variable that holds the signing secret: the name, never the secret itself.',
        examples: ['STRIPE_WEBHOOK_SECRET'],
      }),
    })
    .optional()
    .meta({
      description: 'How incoming webhooks are verified: the header with the signature and the environment variable with the signing secret.',
      examples: [{ header: 'Stripe-Signature', secretEnv: 'STRIPE_WEBHOOK_SECRET' }],
    });
  return z
    .strictObject({
      events: uniqueList(eventName())
        .min(1)
        .meta({ description: 'Names of the events the integration handles: a non-empty list, each name once.', examples: [['payment_intent.succeeded', 'charge.refunded']] }),
      signature,
    })
    .optional()
    .meta({
      description: 'The webhook events the integration receives, and how their signatures are checked.',
      examples: [{ events: ['payment_intent.succeeded'], signature: { header: 'Stripe-Signature', secretEnv: 'STRIPE_WEBHOOK_SECRET' } }],
    });
}

/**
 * The keys of a spec's frontmatter, each with its description and an example.
 *
 * @param templateIds Ids the `template` key accepts.
 * @returns The zod shape.
 */
export function frontmatterShape(templateIds: readonly [string, ...string[]]) {
  return {
    template: templateKey(templateIds),
    templateVersion: positiveInteger().meta({
      description: 'Version of the template the spec was written against: a positive integer (templates bump it on every breaking change).',
      examples: [1],
    }),
    title: singleLine()
      .min(3)
      .max(120)
      .optional()
      .meta({
        description: 'The feature\'s one-line name, as in the spec\'s `#` heading: one line of 3 to 120 characters. Required once `status` is `review` or later.',
        examples: ['Stripe refunds sync'],
      }),
    status: z.enum(specStatuses).meta({
      description: `Where the spec is in its lifecycle, in order: ${specStatuses.map((status) => '`' + status + '`').join(' → ')}.`,
      examples: [specStatuses[0]],
    }),
    owner: z
      .union([singleLine().min(1), z.array(singleLine().min(1)).min(1)])
      .optional()
      .meta({
        description: 'The team or person responsible for the spec: a name, or a non-empty list of names. Required once `status` is `review` or later.',
        examples: ['payments-team', ['payments-team', 'Ada Lovelace']],
      }),
    provider: singleLine()
      .min(1)
      .optional()
      .meta({ description: 'The third-party API or internal service being integrated. Required when `template` is `api-integration` and `status` is `review` or later.', examples: ['Stripe'] }),
    api: apiKey(),
    environments: uniqueList(z.enum(environments))
      .min(1)
      .optional()
      .meta({
        description: `The environments the integration covers: a non-empty list of ${listed(environments)}, each once. Required once \`status\` is \`review\` or later.`,
        examples: [['sandbox', 'production']],
      }),
    auth: z
      .enum(authMethods)
      .optional()
      .meta({ description: `How the integration authenticates: ${listed(authMethods)}. Required once \`status\` is \`approved\` or later.`, examples: ['api-key'] }),
    rateLimit: rateLimitKey(),
    webhooks: webhooksKey(),
    secrets: uniqueList(envVarName())
      .optional()
      .meta({
        description: 'Names of the environment variables the integration reads credentials from: names only, never the values.',
        examples: [['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']],
      }),
    created: isoDate(createdMeta).optional().meta(createdMeta),
    updated: isoDate(updatedMeta).optional().meta(updatedMeta),
    tickets: uniqueList(ticket())
      .optional()
      .meta({ description: 'Related tickets: URLs, or keys such as `PAY-123`.', examples: [['PAY-123', 'https://github.com/acme/payments/issues/42']] }),
    supersedes: singleLine()
      .min(1)
      .optional()
      .meta({ description: 'Path or id of the older spec this one replaces.', examples: ['specs/stripe-charges.md'] }),
  };
}

/** The shape of the frontmatter keys. */
export type FrontmatterShape = ReturnType<typeof frontmatterShape>;
