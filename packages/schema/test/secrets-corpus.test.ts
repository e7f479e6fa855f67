import { expect, test } from 'vitest';
import { frontmatterIssueMessage, isSecretPlaceholder, validateFrontmatter } from '@specmark/schema';
import { credentials, placeholders } from '../../../tests/fixtures/secrets/credentials.ts';
import { minimal } from './fixtures.ts';

const tail = ', expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`';

test(`every credential of the corpus where a variable name belongs is refused, shown as its first four characters (${credentials.length} credentials × 2 keys)`, () => {
  for (const credential of credentials) {
    const issues = validateFrontmatter({
      ...minimal,
      secrets: [credential.block],
      webhooks: { events: ['charge.refunded'], signature: { header: 'Stripe-Signature', secretEnv: credential.inline } },
    }).issues;
    expect(issues.map(frontmatterIssueMessage), credential.id).toEqual([
      `Unexpected value that looks like a secret (\`${credential.inline.slice(0, 4)}…\`) for \`webhooks.signature.secretEnv\`${tail}`,
      `Unexpected value that looks like a secret (\`${credential.block.slice(0, 4)}…\`) for \`secrets[0]\`${tail}`,
    ]);
  }
});

test(`placeholders are not called secrets: a name is accepted, anything else is shown as written (${placeholders.length} placeholders)`, () => {
  const messages = placeholders.map((value) => validateFrontmatter({ ...minimal, secrets: [value] }).issues.map(frontmatterIssueMessage).join('\n'));
  expect(messages).toEqual(
    placeholders.map((value) =>
      /^[A-Z_][A-Z0-9_]*$/.test(value) ? '' : `Unexpected \`${value}\` for \`secrets[0]\`, expected an environment variable name such as \`STRIPE_WEBHOOK_SECRET\``,
    ),
  );
  for (const credential of credentials) expect(isSecretPlaceholder(credential.block), credential.id).toBe(false);
});
