import { findCredentials } from '@specmark/schema';
import { ruleDocs } from '@specmark/remark-preset-lint/docs';
import { afterEach, expect, test } from 'vitest';
import { writtenCredentials as written } from '../../../tests/fixtures/secrets/credentials.ts';
import { leaks } from '../../../tests/fixtures/secrets/leaks.ts';
import { mcpSession, textOf, type McpSession } from './support/mcp-session.ts';
import { apiTemplate, filledSpec, withOpenQuestions } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('check_spec {text}: credentials in open questions, written as headers, a URL and an assignment, are reported and shown redacted', async () => {
  const text = withOpenQuestions(filledSpec(await apiTemplate(), 1), written.map((credential) => `Is ${credential.inline} still valid?`));
  session = await mcpSession(await tempFolder());
  const result = await session.call('check_spec', { text });
  const messages = (result.structuredContent as { files: { messages: { ruleId: string; message: string }[] }[] }).files[0]!.messages;
  expect(messages.filter((message) => message.ruleId === 'no-secrets').map((message) => message.message.replace(/, expected .*/, ''))).toEqual(
    written.map((credential) => `Unexpected ${credential.kind} \`${credential.shown}…\``),
  );
  expect(messages.filter((message) => message.ruleId === 'open-questions-resolved')).toHaveLength(written.length);
  expect(leaks(JSON.stringify(result))).toEqual([]);
});

test('explain_rule no-secrets: its examples are redacted as any other answer, line breaks kept', async () => {
  session = await mcpSession(await tempFolder());
  const result = await session.call('explain_rule', { rule: 'no-secrets' });
  const docs = ruleDocs.find((each) => each.id === 'no-secrets')!;
  const examples = (result.structuredContent as { examples: { name: string; input: string; output: string[] }[] }).examples;
  const notOk = examples.find((example) => example.name === 'not-ok.md')!;
  expect(notOk.input.split('\n')).toHaveLength(docs.examples.find((example) => example.name === 'not-ok.md')!.input.split('\n').length);
  expect(notOk.input).toContain('export STRIPE_SECRET_KEY=sk_l…\n');
  expect(notOk.input).toContain('Deploys use AKIA….');
  // No credential of the documentation's examples is left in the answer, in its data or its text.
  const credentialsIn = (text: string) => findCredentials(text).map(({ start, end }) => text.slice(start, end));
  for (const example of examples) expect(credentialsIn(example.input), example.name).toEqual([]);
  expect(credentialsIn(textOf(result))).toEqual([]);
});
