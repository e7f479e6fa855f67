import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { extendSpecFrontmatter, frontmatterIssueMessage, parseFrontmatter, type LocatedFrontmatterIssue } from '@specmark/schema';
import { goodYaml, minimalYaml } from './fixtures.ts';

/** What a person sees of an issue: where and what. */
function view(issue: LocatedFrontmatterIssue): string {
  return `${issue.line}:${issue.column}-${issue.endLine}:${issue.endColumn} ${issue.code}: ${frontmatterIssueMessage(issue)}`;
}

/** The issues of a YAML text, as a person sees them. */
function issuesOf(yaml: string): string[] {
  return parseFrontmatter(yaml).issues.map(view);
}

/** The minimal frontmatter with one line replaced, removed (`undefined`) or added (`key` absent). */
function withLine(key: string, line: string | undefined): string {
  const lines = minimalYaml.trimEnd().split('\n');
  const index = lines.findIndex((text) => text.startsWith(`${key}:`));
  if (index === -1) return [...lines, line].join('\n') + '\n';
  if (line === undefined) lines.splice(index, 1);
  else lines[index] = line;
  return lines.join('\n') + '\n';
}

test('a complete frontmatter parses to data, dates as YYYY-MM-DD strings', () => {
  const result = parseFrontmatter(goodYaml);
  expect(result.issues).toEqual([]);
  expect(result.data).toMatchObject({ status: 'approved', created: '2026-11-24', environments: ['sandbox', 'production'], rateLimit: { requests: 100, per: 'second' } });
});

test('YAML is read as YAML 1.2: `no` and dates stay strings', () => {
  expect(issuesOf(withLine('title', 'title: no'))).toEqual(['3:8-3:10 too-short: Unexpected 2 characters in `title`, expected at least 3']);
  expect(parseFrontmatter(withLine('created', 'created: 2026-11-24')).data?.created).toBe('2026-11-24');
});

describe('YAML that cannot be read gives one issue', () => {
  test('malformed YAML', () => {
    expect(issuesOf('title: [Stripe refunds\nstatus: draft\n')).toEqual([
      '2:1-2:2 yaml-syntax: Unexpected invalid YAML (flow sequence in block collection must be sufficiently indented and end with a ]), expected a YAML mapping of keys to values',
    ]);
  });

  test('a duplicate key, at the second one', () => {
    expect(issuesOf(minimalYaml + 'title: Another title\n')).toEqual(['8:1-8:6 yaml-duplicate-key: Unexpected second `title` key, expected each key once']);
  });

  test('an alias bomb is refused quickly', () => {
    let yaml = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      yaml += `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]\n`;
    }
    const started = performance.now();
    expect(issuesOf(yaml)).toEqual(['2:8-2:10 yaml-aliases: Unexpected YAML aliases that expand too much, expected at most 50 alias expansions']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('a few aliases are fine', () => {
    expect(parseFrontmatter(withLine('supersedes', 'supersedes: &old specs/old.md')).issues).toEqual([]);
  });

  test('an alias without anchor', () => {
    expect(issuesOf(withLine('provider', 'provider: *nope'))).toEqual([
      '6:11-6:16 yaml-syntax: Unexpected invalid YAML (unresolved alias (the anchor must be set before the alias): nope), expected a YAML mapping of keys to values',
    ]);
  });

  test('text longer than the limit is not parsed', () => {
    expect(issuesOf(`title: ${'x'.repeat(70_000)}\n`)).toEqual(['1:1-1:1 yaml-too-large: Unexpected frontmatter of 70008 characters, expected at most 65536']);
    expect(parseFrontmatter(minimalYaml, { maxLength: 100 }).issues.map(view)).toEqual(['1:1-1:1 yaml-too-large: Unexpected frontmatter of 148 characters, expected at most 100']);
  });

  test('deeply nested brackets are refused before parsing', () => {
    const started = performance.now();
    expect(issuesOf(`owner: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n`)).toEqual([
      '1:72-1:73 yaml-too-deep: Unexpected YAML nested too deeply to read, expected at most 64 levels of nesting',
    ]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('a list is not a mapping', () => {
    expect(issuesOf('- template\n- status\n')).toEqual(['1:1-3:1 not-a-mapping: Unexpected list as frontmatter, expected a mapping of keys to values such as `status: draft`']);
  });

  test('empty frontmatter', () => {
    expect(issuesOf('# nothing yet\n')).toEqual(['1:1-1:1 not-a-mapping: Unexpected empty frontmatter, expected a mapping of keys to values such as `status: draft`']);
  });

  test('more than one document', () => {
    expect(issuesOf('status: draft\n---\nstatus: review\n')).toEqual([
      '2:1-4:1 yaml-syntax: Unexpected invalid YAML (more than one YAML document), expected a YAML mapping of keys to values',
    ]);
  });
});

describe('schema issues point at the key or value', () => {
  test('`status: finished` names the line of `status` and the five statuses', () => {
    expect(issuesOf(withLine('status', 'status: finished'))).toEqual([
      '4:9-4:17 invalid-value: Unexpected `finished` for `status`, expected one of `draft`, `review`, `approved`, `implemented`, `deprecated`',
    ]);
  });

  test('an unknown key, at the key, listing the allowed keys', () => {
    expect(issuesOf(withLine('team', 'team: payments'))).toEqual([
      '8:1-8:5 unknown-key: Unexpected key `team`, expected one of `template`, `templateVersion`, `title`, `status`, `owner`, `provider`, `api`, `environments`, `auth`, `rateLimit`, `webhooks`, `secrets`, `created`, `updated`, `tickets`, `supersedes`',
    ]);
  });

  test('an unknown nested key names its parent and the keys allowed there', () => {
    expect(issuesOf(withLine('rateLimit', 'rateLimit: { requests: 10, per: minute, burst: 20 }'))).toEqual([
      '8:41-8:46 unknown-key: Unexpected key `burst` in `rateLimit`, expected one of `requests`, `per`, `source`',
    ]);
  });

  test('a missing key, at the start of the frontmatter; an enum key lists its values', () => {
    expect(issuesOf(withLine('templateVersion', undefined))).toEqual(['1:1-1:1 missing-key: Unexpected missing key `templateVersion`, expected a value for `templateVersion`']);
    expect(issuesOf(withLine('status', undefined))).toEqual([
      '1:1-1:1 missing-key: Unexpected missing key `status`, expected one of `draft`, `review`, `approved`, `implemented`, `deprecated`',
    ]);
  });

  test('a draft may leave out what `review` requires: pending, at the `status` key, not issues', () => {
    const draft = 'template: api-integration\ntemplateVersion: 1\nstatus: draft\n';
    const result = parseFrontmatter(draft);
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({ template: 'api-integration', templateVersion: 1, status: 'draft' });
    expect(result.pending.map((issue) => `${issue.line}:${issue.column}-${issue.endLine}:${issue.endColumn} ${issue.code}: ${frontmatterIssueMessage(issue)}`)).toEqual([
      '3:1-3:7 required-from: Unexpected missing key `title`, expected a value for `title` before `status: review`',
      '3:1-3:7 required-from: Unexpected missing key `owner`, expected a value for `owner` before `status: review`',
      '3:1-3:7 required-from: Unexpected missing key `provider`, expected a value for `provider` before `status: review`',
      '3:1-3:7 required-from: Unexpected missing key `environments`, expected a value for `environments` before `status: review`',
    ]);
    expect(parseFrontmatter(draft.replace('api-integration', 'api-integration\nprovider: Stripe')).pending.map((issue) => issue.params.key)).toEqual(['title', 'owner', 'environments']);
    expect(parseFrontmatter(minimalYaml).pending).toEqual([]);
  });

  test('from `review` on, the keys a draft could leave out are errors, at the `status` key', () => {
    const review = 'template: api-integration\ntemplateVersion: 1\nstatus: review\n';
    expect(issuesOf(review)).toEqual([
      '3:1-3:7 required-with: Unexpected missing key `title` with `status: review`, expected a value for `title`',
      '3:1-3:7 required-with: Unexpected missing key `owner` with `status: review`, expected a value for `owner`',
      '3:1-3:7 required-with: Unexpected missing key `provider` with `status: review`, expected a value for `provider`',
      '3:1-3:7 required-with: Unexpected missing key `environments` with `status: review`, expected a value for `environments`',
    ]);
    // What `approved` will add is pending in review.
    expect(parseFrontmatter(minimalYaml.replace('status: draft', 'status: review')).pending.map((issue) => [issue.code, issue.params])).toEqual([
      ['required-from', { key: 'auth', status: 'approved' }],
    ]);
  });

  test('a missing nested key, at its parent key', () => {
    expect(issuesOf(withLine('rateLimit', 'rateLimit:\n  requests: 10'))).toEqual([
      '8:1-8:10 missing-key: Unexpected missing key `rateLimit.per`, expected one of `second`, `minute`, `hour`, `day`',
    ]);
  });

  test('`provider` is required for `api-integration` from `review` on, at the `status` key', () => {
    expect(issuesOf(withLine('provider', undefined).replace('status: draft', 'status: review'))).toEqual([
      '4:1-4:7 required-with: Unexpected missing key `provider` with `status: review`, expected a value for `provider`',
    ]);
    expect(issuesOf(withLine('provider', undefined))).toEqual([]);
  });

  test('`auth` is required from `approved` on, at the `status` key', () => {
    for (const status of ['approved', 'implemented', 'deprecated']) {
      expect(issuesOf(withLine('status', `status: ${status}`))).toEqual([
        `4:1-4:7 required-with: Unexpected missing key \`auth\` with \`status: ${status}\`, expected one of \`oauth2\`, \`api-key\`, \`bearer\`, \`basic\`, \`mtls\`, \`hmac\`, \`none\``,
      ]);
    }
    expect(parseFrontmatter(withLine('status', 'status: review')).issues).toEqual([]);
    expect(parseFrontmatter(withLine('status', 'status: approved\nauth: oauth2')).issues).toEqual([]);
  });

  test('a value of the wrong type', () => {
    expect(issuesOf(withLine('title', 'title: 42'))).toEqual(['3:8-3:10 invalid-type: Unexpected integer for `title`, expected a string']);
    expect(issuesOf(withLine('owner', 'owner: { team: payments }'))).toEqual(['5:8-5:26 invalid-type: Unexpected mapping for `owner`, expected a string or a list']);
    expect(issuesOf(withLine('templateVersion', 'templateVersion: 1.5'))).toEqual(['2:18-2:21 invalid-type: Unexpected fraction for `templateVersion`, expected an integer']);
  });

  test('an empty value points at its key', () => {
    expect(issuesOf(withLine('title', 'title:'))).toEqual(['3:1-3:6 invalid-type: Unexpected empty value for `title`, expected a string']);
  });

  test('a value not allowed, in a list, at the item', () => {
    expect(issuesOf(withLine('environments', 'environments: [sandbox, prod]'))).toEqual([
      '7:25-7:29 invalid-value: Unexpected `prod` for `environments[1]`, expected one of `sandbox`, `staging`, `production`',
    ]);
  });

  test('an unknown template lists the known ones', () => {
    expect(issuesOf(withLine('template', 'template: runbook'))).toEqual(['1:11-1:18 invalid-value: Unexpected `runbook` for `template`, expected `api-integration`']);
  });

  test('strings of the wrong shape', () => {
    expect(issuesOf(withLine('created', 'created: 2026-02-30'))).toEqual(['8:10-8:20 invalid-format: Unexpected `2026-02-30` for `created`, expected an ISO date such as `2026-11-24`']);
    expect(issuesOf(withLine('tickets', 'tickets: [PAY123]'))).toEqual(['8:11-8:17 invalid-format: Unexpected `PAY123` for `tickets[0]`, expected a ticket URL or key such as `PAY-123`']);
    expect(issuesOf(withLine('rateLimit', 'rateLimit: { requests: 1, per: day, source: docs.stripe.com }'))).toEqual([
      '8:45-8:60 invalid-format: Unexpected `docs.stripe.com` for `rateLimit.source`, expected an `http` or `https` URL',
    ]);
    expect(issuesOf(withLine('secrets', 'secrets: [stripe_key]'))).toEqual([
      '8:11-8:21 invalid-format: Unexpected `stripe_key` for `secrets[0]`, expected an environment variable name such as `STRIPE_WEBHOOK_SECRET`',
    ]);
    expect(issuesOf(withLine('title', 'title: "Stripe\\nrefunds"'))).toEqual(['3:8-3:25 invalid-format: Unexpected `Stripe\\nrefunds` for `title`, expected a single line']);
    expect(issuesOf(withLine('webhooks', 'webhooks: { events: [a b], signature: { header: "Bad Header", secretEnv: HOOK_SECRET } }'))).toEqual([
      '8:22-8:25 invalid-format: Unexpected `a b` for `webhooks.events[0]`, expected an event name without spaces such as `payment_intent.succeeded`',
      '8:49-8:61 invalid-format: Unexpected `Bad Header` for `webhooks.signature.header`, expected an HTTP header name such as `Stripe-Signature`',
    ]);
  });

  test('too short and too long', () => {
    expect(issuesOf(withLine('title', 'title: ab'))).toEqual(['3:8-3:10 too-short: Unexpected 2 characters in `title`, expected at least 3']);
    expect(issuesOf(withLine('title', `title: ${'x'.repeat(121)}`))).toEqual(['3:8-3:129 too-long: Unexpected 121 characters in `title`, expected at most 120']);
    expect(issuesOf(withLine('environments', 'environments: []'))).toEqual(['7:15-7:17 too-short: Unexpected empty list for `environments`, expected at least 1 item']);
    expect(issuesOf(withLine('owner', 'owner: []'))).toEqual(['5:8-5:10 too-short: Unexpected empty list for `owner`, expected at least 1 item']);
    expect(issuesOf(withLine('provider', "provider: ''"))).toEqual(['6:11-6:13 too-short: Unexpected empty string for `provider`, expected at least 1 character']);
  });

  test('a number too small', () => {
    expect(issuesOf(withLine('templateVersion', 'templateVersion: 0'))).toEqual(['2:18-2:19 too-small: Unexpected `0` for `templateVersion`, expected a number greater than 0']);
  });

  test('a repeated item, at the repeat', () => {
    expect(issuesOf(withLine('environments', 'environments: [sandbox, production, sandbox]'))).toEqual([
      '7:37-7:44 duplicate-item: Unexpected second `sandbox` in `environments`, expected each item once (the first is item 1)',
    ]);
  });

  test('`updated` before `created`, at `updated`', () => {
    expect(issuesOf(withLine('created', 'created: 2026-11-24\nupdated: 2026-11-01'))).toEqual([
      '9:10-9:20 date-order: Unexpected `updated` date `2026-11-01` before `created` date `2026-11-24`, expected the same date or later',
    ]);
  });

  test('every issue is given at once, in text order', () => {
    expect(issuesOf('status: finished\ntitle: ab\nextra: 1\n')).toEqual([
      '1:1-1:1 missing-key: Unexpected missing key `template`, expected `api-integration`',
      '1:1-1:1 missing-key: Unexpected missing key `templateVersion`, expected a value for `templateVersion`',
      '1:9-1:17 invalid-value: Unexpected `finished` for `status`, expected one of `draft`, `review`, `approved`, `implemented`, `deprecated`',
      '2:8-2:10 too-short: Unexpected 2 characters in `title`, expected at least 3',
      '3:1-3:6 unknown-key: Unexpected key `extra`, expected one of `template`, `templateVersion`, `title`, `status`, `owner`, `provider`, `api`, `environments`, `auth`, `rateLimit`, `webhooks`, `secrets`, `created`, `updated`, `tickets`, `supersedes`',
    ]);
  });

  test('a team\'s own keys are placed too: numbers too big, and refinements in the team\'s words', () => {
    const schema = extendSpecFrontmatter({
      reviewers: z.number().max(5).optional(),
      costCentre: z.string().refine((value) => value.startsWith('CC-'), 'Unexpected cost centre, expected one starting with `CC-`').optional(),
    });
    expect(parseFrontmatter(`${minimalYaml}reviewers: 9\ncostCentre: 12\n`, { schema }).issues.map(view)).toEqual([
      '8:12-8:13 too-big: Unexpected `9` for `reviewers`, expected a number of at most 5',
      '9:13-9:15 invalid-type: Unexpected integer for `costCentre`, expected a string',
    ]);
    expect(parseFrontmatter(`${minimalYaml}costCentre: XX-1\n`, { schema }).issues.map(view)).toEqual([
      '8:13-8:17 custom: Unexpected cost centre, expected one starting with `CC-`',
    ]);
  });
});

describe('`api` names the provider\'s description and the operations called', () => {
  const api = (lines: string): string => `${minimalYaml}api:\n${lines}`;

  test('a relative path or a package path, and operations as `METHOD /path` or ids, are valid', () => {
    expect(issuesOf(api('  description: ./vendor/github.openapi.json\n  operations:\n    - POST /repos/{owner}/{repo}/deployments\n    - repos/create-deployment-status\n'))).toEqual([]);
    expect(parseFrontmatter(api('  description: "@octokit/openapi/generated/api.github.com.json"\n  operations: [GetCustomers]\n')).data?.api).toEqual({
      description: '@octokit/openapi/generated/api.github.com.json',
      operations: ['GetCustomers'],
    });
  });

  test('each malformed operation is an issue at its list item, saying what an operation looks like', () => {
    expect(issuesOf(api('  description: ./openapi.json\n  operations:\n    - post /refunds\n    - GET /refunds\n    - GET /refunds\n'))).toEqual([
      '11:7-11:20 invalid-format: Unexpected `post /refunds` for `api.operations[0]`, expected an HTTP method in upper case and a path such as `POST /repos/{owner}/{repo}/deployments`, or an operation id without spaces such as `repos/create-deployment-status`',
      '13:7-13:19 duplicate-item: Unexpected second `GET /refunds` in `api.operations`, expected each item once (the first is item 2)',
    ]);
  });

  test('a URL, an empty description and an empty list are refused', () => {
    expect(issuesOf(api('  description: https://api.example.com/openapi.json\n  operations: []\n'))).toEqual([
      '9:16-9:52 invalid-format: Unexpected `https://api.example.com/openapi.json` for `api.description`, expected a file path relative to the spec or a package path such as `@octokit/openapi/generated/api.github.com.json`, not a URL',
      '10:15-10:17 too-short: Unexpected empty list for `api.operations`, expected at least 1 item',
    ]);
    expect(issuesOf(api('  description: " "\n  operations: [GET /x]\n'))).toEqual([
      '9:16-9:19 invalid-format: Unexpected ` ` for `api.description`, expected a file path relative to the spec or a package path such as `@octokit/openapi/generated/api.github.com.json`, not a URL',
    ]);
  });

  test('both keys are required', () => {
    expect(issuesOf(api('  operations: [GET /x]\n'))).toEqual(['8:1-8:4 missing-key: Unexpected missing key `api.description`, expected a value for `api.description`']);
  });
});
