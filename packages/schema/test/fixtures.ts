/** A complete, valid frontmatter, as YAML between the `---` fences. */
export const goodYaml = `template: api-integration
templateVersion: 1
title: Stripe refunds sync
status: approved
owner: payments-team
provider: Stripe
environments: [sandbox, production]
auth: api-key
rateLimit:
  requests: 100
  per: second
  source: https://docs.stripe.com/rate-limits
webhooks:
  events: [charge.refunded]
  signature:
    header: Stripe-Signature
    secretEnv: STRIPE_WEBHOOK_SECRET
secrets: [STRIPE_SECRET_KEY]
created: 2026-11-24
updated: 2026-11-30
tickets: [PAY-123, https://github.com/acme/payments/issues/42]
supersedes: specs/stripe-charges.md
`;

/** The smallest valid frontmatter. */
export const minimalYaml = `template: api-integration
templateVersion: 1
title: Stripe refunds sync
status: draft
owner: payments-team
provider: Stripe
environments: [sandbox]
`;

/** {@link minimalYaml} as data. */
export const minimal = {
  template: 'api-integration',
  templateVersion: 1,
  title: 'Stripe refunds sync',
  status: 'draft',
  owner: 'payments-team',
  provider: 'Stripe',
  environments: ['sandbox'],
};
