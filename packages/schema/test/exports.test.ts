import { expect, test } from 'vitest';
import * as main from '@specmark/schema';
import * as text from '@specmark/schema/text';
import * as values from '@specmark/schema/values';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual([
    'authMethods',
    'credentialKinds',
    'environments',
    'extendSpecFrontmatter',
    'findCredentials',
    'formatMessage',
    'frontmatterIssueMessage',
    'frontmatterIssueMessageData',
    'frontmatterIssueMessages',
    'frontmatterJsonSchema',
    'frontmatterValueSpan',
    'isSecretPlaceholder',
    'messagePlaceholders',
    'parseFrontmatter',
    'pendingRequirements',
    'rateLimitPeriods',
    'redactSecret',
    'shortText',
    'shownText',
    'specFrontmatterSchema',
    'specStatuses',
    'statusAtLeast',
    'statusRequirements',
    'validateFrontmatter',
  ]);
});

test('the text and values entries export the text safety and the allowed values alone, as the main entry does', () => {
  expect(Object.keys(text).sort()).toEqual(['credentialKinds', 'findCredentials', 'isSecretPlaceholder', 'redactSecret', 'shortText', 'shownText']);
  expect(Object.keys(values).sort()).toEqual(['authMethods', 'environments', 'rateLimitPeriods', 'specStatuses', 'statusAtLeast']);
  for (const [name, value] of Object.entries({ ...text, ...values })) expect(value).toBe(main[name as keyof typeof main]);
});

test('the allowed values are the documented ones, statuses in lifecycle order', () => {
  expect(main.specStatuses).toEqual(['draft', 'review', 'approved', 'implemented', 'deprecated']);
  expect(main.environments).toEqual(['sandbox', 'staging', 'production']);
  expect(main.authMethods).toEqual(['oauth2', 'api-key', 'bearer', 'basic', 'mtls', 'hmac', 'none']);
  expect(main.rateLimitPeriods).toEqual(['second', 'minute', 'hour', 'day']);
});
