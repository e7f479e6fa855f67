import { expect, test } from 'vitest';
import { formatMessage, frontmatterIssueMessage, frontmatterIssueMessageData, frontmatterIssueMessages, messagePlaceholders, parseFrontmatter, validateFrontmatter, type FrontmatterIssue } from '@specmark/schema';
import { minimal } from './fixtures.ts';

/** Issues of many codes: bad values of every kind, a root that is not a mapping, YAML that cannot be read. */
function sampleIssues(): FrontmatterIssue[] {
  const data = [
    { ...minimal, status: 'finished', title: 'ab', owner: 7, environments: ['sandbox', 'sandbox', 'prod'], templateVersion: 0, burst: 1 },
    { ...minimal, created: '2026-02-30', secrets: ['sk_live_4eC39HqLyjWDarjtT1zdp7dc'], rateLimit: { requests: -1, per: 'fortnight' } },
    { ...minimal, status: 'approved', created: '2026-11-24', updated: '2026-11-01', environments: [] },
    [],
    undefined,
  ];
  const texts = ['title: [unclosed', 'title: a\ntitle: b', 'a: &x 1\nb: *x\n'];
  return [...data.flatMap((each) => validateFrontmatter(each).issues), ...texts.flatMap((text) => parseFrontmatter(text).issues), { code: 'custom', path: ['x'], params: { message: '' } }];
}

test('each issue’s message is its wording filled with its data, and the data fills exactly the wording’s placeholders', () => {
  const issues = sampleIssues();
  const ids = new Set<string>();
  for (const issue of issues) {
    const { messageId, data } = frontmatterIssueMessageData(issue);
    ids.add(messageId);
    const wording = frontmatterIssueMessages[messageId];
    expect(Object.keys(data).sort(), messageId).toEqual(messagePlaceholders(wording).sort());
    expect(formatMessage(wording, data)).toBe(frontmatterIssueMessage(issue));
  }
  expect(ids.size).toBeGreaterThan(12);
});

test('the wording is written once per message id, in the `Unexpected …, expected …` voice (a team’s own message aside)', () => {
  for (const [id, wording] of Object.entries(frontmatterIssueMessages)) {
    if (id === 'custom') expect(wording).toBe('{{message}}');
    else expect(wording, id).toMatch(/^Unexpected .+, expected .+/);
  }
});

test('a message id and its data, for a value that is not allowed', () => {
  const [issue] = validateFrontmatter({ ...minimal, environments: ['prod'] }).issues;
  expect(frontmatterIssueMessageData(issue!)).toEqual({ messageId: 'invalid-value', data: { actual: '`prod`', at: ' for `environments[0]`', allowed: 'one of `sandbox`, `staging`, `production`' } });
});

test('formatMessage fills placeholders and leaves one without data as written', () => {
  expect(formatMessage('Unexpected {{a}} and {{b}}, expected {{a}}', { a: 'x' })).toBe('Unexpected x and {{b}}, expected x');
  expect(messagePlaceholders('Unexpected {{a}} and {{b}}, expected {{a}}')).toEqual(['a', 'b']);
});
