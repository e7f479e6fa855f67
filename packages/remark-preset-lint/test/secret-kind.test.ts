import { expect, test } from 'vitest';
import { secretKind } from '../src/lib/secrets/secret-kind.ts';

test('a message id in capitals and camel case is split into words, acronyms kept in capitals', () => {
  expect(secretKind('@secretlint/secretlint-rule-aws', 'AWSAccessKeyID')).toBe('AWS access key ID');
  expect(secretKind('@secretlint/secretlint-rule-stripe', 'STRIPE_SECRET_KEY_LIVE')).toBe('Stripe secret key (live)');
  expect(secretKind('@secretlint/secretlint-rule-x', 'SSHPrivateKey')).toBe('SSH private key');
  expect(secretKind('@secretlint/secretlint-rule-x', 'AToken')).toBe('a token');
});
