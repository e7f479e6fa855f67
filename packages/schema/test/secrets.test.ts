import { expect, test } from 'vitest';
import { frontmatterIssueMessage, isSecretPlaceholder, parseFrontmatter, specFrontmatterSchema, validateFrontmatter } from '@specmark/schema';
import { minimal, minimalYaml } from './fixtures.ts';

const stripeKey = 'sk_live_51HxQ2cKZvXq8mN3pL7rT9wYbE';
const webhookSecret = 'whsec_9fK2mQ7xL3vR8tN1pZ6cW4yB';
const awsKeyId = 'AKIA' + 'QYLPMN5HHHFPZAM2';
const token = 'a3f9c81e7b2d4056e1f8a9b7c6d5e4f3';

test('a secret pasted where a variable name belongs is named a secret and shown redacted', () => {
  const yaml = `${minimalYaml}secrets:\n  - ${stripeKey}\n  - ${awsKeyId}\n  - STRIPE_SECRET_KEY\nwebhooks:\n  events: [charge.refunded]\n  signature: { header: Stripe-Signature, secretEnv: ${webhookSecret} }\n`;
  const issues = parseFrontmatter(yaml).issues;
  expect(issues.map((issue) => `${issue.line}:${issue.column} ${frontmatterIssueMessage(issue)}`)).toEqual([
    '9:5 Unexpected value that looks like a secret (`sk_l…`) for `secrets[0]`, expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`',
    '10:5 Unexpected value that looks like a secret (`AKIA…`) for `secrets[1]`, expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`',
    '14:53 Unexpected value that looks like a secret (`whse…`) for `webhooks.signature.secretEnv`, expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`',
  ]);
});

test('no message, param or zod message repeats a secret, whatever the issue', () => {
  const data = {
    ...minimal,
    secrets: [stripeKey, stripeKey, token],
    provider: webhookSecret + '\nsecond line',
    owner: [awsKeyId + ' x'],
    tickets: [token],
    rateLimit: { requests: 1, per: stripeKey },
  };
  const issues = validateFrontmatter(data).issues;
  expect(issues.length).toBeGreaterThanOrEqual(6);
  const everything = JSON.stringify(issues) + issues.map(frontmatterIssueMessage).join('\n') + JSON.stringify(specFrontmatterSchema.safeParse(data).error?.issues.map((issue) => issue.message));
  for (const secret of [stripeKey, webhookSecret, awsKeyId, token]) expect(everything).not.toContain(secret.slice(0, 12));
});

test('a short secret shows at most two characters', () => {
  expect(validateFrontmatter({ ...minimal, secrets: ['token abc123xy'] }).issues.map(frontmatterIssueMessage)).toEqual([
    'Unexpected value that looks like a secret (`to…`) for `secrets[0]`, expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`',
  ]);
});

test('ordinary variable names are not mistaken for secrets', () => {
  const names = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'GITHUB_APP_PRIVATE_KEY', 'AWS_SECRET_ACCESS_KEY', 'OAUTH2_CLIENT_SECRET_V2', 'SENDGRID_API_KEY'];
  expect(validateFrontmatter({ ...minimal, secrets: names }).issues).toEqual([]);
});

test('a placeholder in angle brackets needs both brackets, in that order', () => {
  expect(isSecretPlaceholder('sk_live_<your key>')).toBe(true);
  expect(isSecretPlaceholder('a<b<c>')).toBe(true);
  expect(isSecretPlaceholder('sk_live_<51HxQ2cKZvXq8mN3pL7rT9wYbE')).toBe(false);
  expect(isSecretPlaceholder('sk_live_>51HxQ2cKZvXq8mN3pL7<rT9wYbE')).toBe(false);
});
