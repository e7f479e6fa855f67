import { expect, test } from 'vitest';
import * as main from '@specmark/schema';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual([
    'authMethods',
    'environments',
    'extendSpecFrontmatter',
    'frontmatterIssueMessage',
    'frontmatterJsonSchema',
    'isSecretPlaceholder',
    'parseFrontmatter',
    'pendingRequirements',
    'rateLimitPeriods',
    'redactSecret',
    'shownText',
    'specFrontmatterSchema',
    'specStatuses',
    'statusRequirements',
    'validateFrontmatter',
  ]);
});

test('the allowed values are the documented ones, statuses in lifecycle order', () => {
  expect(main.specStatuses).toEqual(['draft', 'review', 'approved', 'implemented', 'deprecated']);
  expect(main.environments).toEqual(['sandbox', 'staging', 'production']);
  expect(main.authMethods).toEqual(['oauth2', 'api-key', 'bearer', 'basic', 'mtls', 'hmac', 'none']);
  expect(main.rateLimitPeriods).toEqual(['second', 'minute', 'hour', 'day']);
});
