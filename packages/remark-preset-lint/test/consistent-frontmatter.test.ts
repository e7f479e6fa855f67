import { readdirSync, readFileSync } from 'node:fs';
import { blankSpec, loadBuiltInTemplate } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import preset from '@specmark/remark-preset-lint';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';
import { fixture } from './helpers.ts';

const examples = new URL('../../../content/examples/', import.meta.url);
const example = (name: string): string => readFileSync(new URL(name, examples), 'utf8');
const newRules = new Set(['consistent-frontmatter', 'reference-files-exist']);

/** The preset's messages from the new rules, with their cause: `line:column-line:column reason (cause line:column reason)`. */
async function messages(value: string): Promise<string[]> {
  // The examples describe other projects' repositories: they are in none.
  const file = await remark()
    .use(preset)
    .process(new VFile({ path: 'spec.md', value, data: { specmarkInputs: { repository: null } } }));
  return file.messages
    .filter((message) => newRules.has(message.ruleId ?? ''))
    .map((message) => {
      const place = message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : `${message.line}:${message.column}`;
      const cause = message.cause as { line?: number; column?: number; reason?: string } | undefined;
      return `${place} ${message.ruleId}: ${message.reason}${cause?.reason ? ` (cause ${cause.line}:${cause.column} ${cause.reason})` : ''}`;
    });
}

test('a blank spec: the sentence frames of the template, left as they are, are prompts for no-placeholders, not answers the answer rules judge', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  const file = await remark()
    .use(preset)
    .process(new VFile({ path: 'spec.md', value: blankSpec(template, { status: 'draft' }), data: { specmarkInputs: { repository: null } } }));
  expect(file.messages.filter((message) => ['consistent-frontmatter', 'specific-behaviors', 'no-hollow-answers'].includes(message.ruleId ?? ''))).toEqual([]);
  expect(file.messages.some((message) => message.ruleId === 'no-placeholders')).toBe(true);
});

describe('good specs get no message from the new rules', () => {
  for (const name of readdirSync(examples).filter((each) => each.endsWith('.md'))) {
    test(`content/examples/${name}`, async () => {
      expect(await messages(example(name))).toEqual([]);
    });
  }
  test('the complete spec fixture, also with a BOM and CRLF', async () => {
    expect(await messages(fixture('complete-spec.md'))).toEqual([]);
    expect(await messages('\ufeff' + fixture('complete-spec.md').replace(/\n/g, '\r\n'))).toEqual([]);
  });
  test('generated complete specs (50 seeds)', async () => {
    const template = await loadBuiltInTemplate('api-integration');
    for (let seed = 1; seed <= 50; seed++) expect(await messages(filledSpec(template, seed))).toEqual([]);
  });
});

describe('issue 18: the spec contradicts itself', () => {
  test('`auth: oauth2` while the authentication answer says HTTP Basic', async () => {
    const spec = example('twilio-sms.md').replace('auth: basic', 'auth: oauth2');
    expect(await messages(spec)).toEqual([
      '11:7-11:13 consistent-frontmatter: Unexpected `auth: oauth2`, expected `auth: api-key` or `auth: basic`, the method the answer in `Open questions` names (cause 72:1 The answer in `Open questions` names `api-key`, `basic` here)',
    ]);
  });

  test('`environments: [production]` while In scope lists the sandbox', async () => {
    const spec = example('stripe-payment-intents.md').replace('environments:\n  - sandbox\n  - production', 'environments: [production]');
    expect(await messages(spec)).toEqual([
      '10:15-10:27 consistent-frontmatter: Unexpected `environments` without `sandbox`, expected every environment `In scope` names (cause 50:1 `In scope` names `sandbox` here)',
    ]);
  });

  test('an event In scope handles that `webhooks.events` does not list, and webhooks without a signature', async () => {
    const spec = example('stripe-payment-intents.md')
      .replace(/\n {4}- charge\.refunded/, '')
      .replace(/ {2}signature:\n(?: {4}.*\n)+/, '');
    expect(await messages(spec)).toEqual([
      '47:1-47:104 consistent-frontmatter: Unexpected event `charge.refunded` in `In scope`, expected it in the frontmatter’s `webhooks.events` (cause 19:3 `webhooks.events` is here)',
      '19:3-21:36 consistent-frontmatter: Unexpected `webhooks` without `signature`, expected the header that carries the signature of the webhooks `In scope` names and the environment variable of the signing secret (cause 47:1 `In scope` names webhooks here)',
    ]);
  });

  test('an auth answer that names no method and a rate the frontmatter agrees with are not compared', async () => {
    const spec = example('stripe-payment-intents.md').replace(/Authentication method confirmed\? .*/, 'Authentication method confirmed? Yes.');
    expect(await messages(spec.replace('auth: api-key', 'auth: oauth2'))).toEqual([]);
    const perMinute = example('stripe-payment-intents.md').replace(/rateLimit:\n {2}requests: 100\n {2}per: second/, 'rateLimit:\n  requests: 6000\n  per: minute');
    expect(await messages(perMinute)).toEqual([]);
  });
});
