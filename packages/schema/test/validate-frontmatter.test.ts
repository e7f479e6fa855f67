import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import {
  extendSpecFrontmatter,
  frontmatterIssueMessage,
  parseFrontmatter,
  specFrontmatterSchema,
  validateFrontmatter,
  type FrontmatterIssue,
  type SpecFrontmatter,
  type SpecFrontmatterInput,
} from '@specmark/schema';
import { minimal } from './fixtures.ts';

/** The messages of the issues of some data. */
function messages(data: unknown, options?: Parameters<typeof validateFrontmatter>[1]): string[] {
  return validateFrontmatter(data, options).issues.map((issue: FrontmatterIssue) => frontmatterIssueMessage(issue));
}

test('valid data comes back as the schema outputs it, with no issues', () => {
  const input: SpecFrontmatterInput = { ...minimal, status: 'draft', environments: ['sandbox'] };
  const result = validateFrontmatter(input);
  expect(result).toEqual({ data: minimal, issues: [], pending: [] });
  const data: SpecFrontmatter | undefined = result.data;
  expect(data?.title).toBe('Stripe refunds sync');
});

test('issues are data: code, path and params', () => {
  expect(validateFrontmatter({ ...minimal, environments: ['sandbox', 'prod'] }).issues).toEqual([
    { code: 'invalid-value', path: ['environments', 1], params: { actual: 'prod', allowed: ['sandbox', 'staging', 'production'] } },
  ]);
});

describe('dates from Astro\'s content loader (js-yaml makes `Date`s)', () => {
  test('a Date at midnight UTC is accepted and output as YYYY-MM-DD', () => {
    const result = validateFrontmatter({ ...minimal, created: new Date(Date.UTC(2026, 10, 24)), updated: '2026-11-30' });
    expect(result.issues).toEqual([]);
    expect(result.data).toMatchObject({ created: '2026-11-24', updated: '2026-11-30' });
    expect(specFrontmatterSchema.parse({ ...minimal, created: new Date('2026-11-24') }).created).toBe('2026-11-24');
  });

  test('a timestamp is not a date', () => {
    expect(messages({ ...minimal, updated: new Date('2026-11-30T10:15:00Z') })).toEqual([
      'Unexpected `2026-11-30T10:15:00.000Z` for `updated`, expected an ISO date such as `2026-11-24`',
    ]);
  });

  test('an invalid Date is a wrong type', () => {
    expect(messages({ ...minimal, created: new Date('nope') })).toEqual(['Unexpected date for `created`, expected a string']);
  });

  test('dates from Date objects are ordered too', () => {
    expect(messages({ ...minimal, created: new Date('2026-11-24'), updated: new Date('2026-11-01') })).toEqual([
      'Unexpected `updated` date `2026-11-01` before `created` date `2026-11-24`, expected the same date or later',
    ]);
  });
});

test('data that is not a mapping is one issue, never a throw', () => {
  expect(messages(undefined)).toEqual(['Unexpected empty frontmatter, expected a mapping of keys to values such as `status: draft`']);
  expect(messages(null)).toEqual(['Unexpected empty frontmatter, expected a mapping of keys to values such as `status: draft`']);
  expect(messages(['a'])).toEqual(['Unexpected list as frontmatter, expected a mapping of keys to values such as `status: draft`']);
  expect(messages('status: draft')).toEqual(['Unexpected string as frontmatter, expected a mapping of keys to values such as `status: draft`']);
  expect(messages(new Date())).toEqual(['Unexpected date as frontmatter, expected a mapping of keys to values such as `status: draft`']);
});

test('a key named like an object property is an unknown key, not a prototype', () => {
  const result = parseFrontmatter('__proto__: { polluted: true }\n');
  expect(result.issues.map((issue) => issue.code)).toContain('unknown-key');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('a team\'s own keys and templates', () => {
  const schema = extendSpecFrontmatter({ costCentre: z.string().regex(/^CC-\d+$/), reviewers: z.number().max(5).optional() }, { templates: ['runbook'] });

  test('extra keys are allowed, and may be required', () => {
    expect(validateFrontmatter({ ...minimal, costCentre: 'CC-12' }, { schema }).data).toEqual({ ...minimal, costCentre: 'CC-12' });
    expect(messages(minimal, { schema })).toEqual(['Unexpected missing key `costCentre`, expected a value for `costCentre`']);
  });

  test('unknown keys list the team\'s keys too', () => {
    expect(messages({ ...minimal, costCentre: 'CC-12', team: 'x' }, { schema })).toEqual([
      'Unexpected key `team`, expected one of `template`, `templateVersion`, `title`, `status`, `owner`, `provider`, `api`, `environments`, `auth`, `rateLimit`, `webhooks`, `secrets`, `created`, `updated`, `tickets`, `supersedes`, `costCentre`, `reviewers`',
    ]);
  });

  test('the team\'s templates are accepted, and the built-in rules still apply', () => {
    expect(validateFrontmatter({ ...minimal, template: 'runbook', costCentre: 'CC-1' }, { schema }).issues).toEqual([]);
    expect(messages({ ...minimal, status: 'approved', costCentre: 'CC-1' }, { schema })).toEqual([
      'Unexpected missing key `auth` with `status: approved`, expected one of `oauth2`, `api-key`, `bearer`, `basic`, `mtls`, `hmac`, `none`',
    ]);
    expect(messages({ ...minimal, reviewers: 9, costCentre: 'CC-1' }, { schema })).toEqual(['Unexpected `9` for `reviewers`, expected a number of at most 5']);
  });

  test('the `templates` option accepts a team\'s template ids without a schema', () => {
    expect(validateFrontmatter({ ...minimal, template: 'runbook' }, { templates: ['runbook'] }).issues).toEqual([]);
    expect(messages({ ...minimal, template: 'runbook' })).toEqual(['Unexpected `runbook` for `template`, expected `api-integration`']);
    expect(parseFrontmatter('template: runbook\n', { templates: ['runbook'] }).issues.map((issue) => issue.path[0])).not.toContain('template');
  });

  test('a team\'s own refinement keeps its own words', () => {
    const strict = extendSpecFrontmatter({ costCentre: z.string().refine((value) => value !== 'CC-0', 'Unexpected `CC-0` for `costCentre`, expected a real cost centre') });
    expect(messages({ ...minimal, costCentre: 'CC-0' }, { schema: strict })).toEqual(['Unexpected `CC-0` for `costCentre`, expected a real cost centre']);
  });

  test('plain zod `.extend()` keeps the rules too', () => {
    const extended = specFrontmatterSchema.extend({ squad: z.string() });
    expect(extended.safeParse({ ...minimal, squad: 'a', status: 'approved' }).error?.issues.map((issue) => issue.path)).toEqual([['auth']]);
  });
});

test('zod messages carry Specmark wording for rules and formats, for tools that show them as they are', () => {
  const result = specFrontmatterSchema.safeParse({ ...minimal, status: 'approved', auth: 'none', secrets: ['stripe key'], created: '2026-11-24', updated: '2026-11-01' });
  expect(result.error?.issues.map((issue) => issue.message)).toEqual([
    'Unexpected `stripe key`, expected an environment variable name such as `STRIPE_WEBHOOK_SECRET`',
    'Unexpected `updated` date `2026-11-01` before `created` date `2026-11-24`, expected the same date or later',
  ]);
});
