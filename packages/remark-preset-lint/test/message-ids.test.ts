import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { formatMessage, messagePlaceholders } from '@specmark/schema';
import { loadBuiltInTemplate, parseTemplate } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { expect, test } from 'vitest';
import preset, { messageIdentity, presetMessages, ruleMessages } from '@specmark/remark-preset-lint';
import { exampleTemplate } from '../src/lib/docs/example-template.ts';
import { damagedSpec } from '@specmark/test-support/specs/damaged-spec.ts';

const builtIn = await loadBuiltInTemplate('api-integration');
const team = parseTemplate(exampleTemplate);
const processor = remark().use(preset, { template: builtIn, templates: [team] }).freeze();

/**
 * What is wrong with a message's id and data: the id must be one its rule declares (the preset's
 * own for a message without a rule), the data must fill exactly the wording's placeholders, and
 * the wording filled with the data must be the message users see. Its cause is held to the same.
 */
function identityProblems(message: VFileMessage): string[] {
  const identity = messageIdentity(message);
  const declared = message.ruleId ? ruleMessages(message.ruleId) : presetMessages;
  const what = `${message.ruleId ?? '(preset)'}: ${message.reason}`;
  if (!identity) return [`${what}: no message id`];
  const wording = declared[identity.messageId];
  if (wording === undefined) return [`${what}: id \`${identity.messageId}\` not declared`];
  const problems: string[] = [];
  if (JSON.stringify(Object.keys(identity.data).sort()) !== JSON.stringify(messagePlaceholders(wording).sort())) problems.push(`${what}: data ${Object.keys(identity.data).join(', ')} for ${wording}`);
  if (formatMessage(wording, identity.data) !== message.reason) problems.push(`${what}: worded from its data as ${formatMessage(wording, identity.data)}`);
  if (message.cause instanceof VFileMessage) problems.push(...identityProblems(message.cause));
  return problems;
}

/** The identity problems of every message the preset gives on a text. */
async function lintProblems(text: string): Promise<{ count: number; problems: string[] }> {
  const file = new VFile({ path: 'spec.md', value: text });
  await processor.run(processor.parse(file), file);
  return { count: file.messages.length, problems: file.messages.flatMap(identityProblems) };
}

/** The Markdown files of a folder. */
function specsIn(folder: URL): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8'));
}

test('every message on the example specs carries an id its rule declares, with the data it was worded from', async () => {
  const texts = [...specsIn(new URL('../../../content/examples/', import.meta.url)), ...specsIn(new URL('../../../tests/support/specs/good/', import.meta.url))];
  expect(texts.length).toBeGreaterThan(5);
  // Example specs as published, and as drafts with their answers taken out: both give messages.
  const drafts = texts.map((text) => text.replace(/^(#{3} .*\n)\n[^#]+/gm, '$1\n'));
  let count = 0;
  for (const text of [...texts, ...drafts]) {
    const result = await lintProblems(text);
    count += result.count;
    expect(result.problems).toEqual([]);
  }
  expect(count).toBeGreaterThan(20);
});

test('every message on damaged specs carries an id its rule declares, with the data it was worded from', { timeout: 180_000 }, async () => {
  let count = 0;
  await fc.assert(
    fc.asyncProperty(damagedSpec([builtIn, team]), async (spec) => {
      const result = await lintProblems(spec.text);
      count += result.count;
      expect(result.problems).toEqual([]);
    }),
    { numRuns: 150 },
  );
  expect(count).toBeGreaterThan(150);
});

test('text past a parse limit gets the preset’s own message, with its id and data', async () => {
  const text = `---\ntemplate: api-integration\n---\n\n# Title\n\n${'> '.repeat(120)}deep\n`;
  const file = new VFile({ path: 'spec.md', value: text });
  await processor.run(processor.parse(file), file);
  expect(file.messages.map((message) => [message.ruleId, messageIdentity(message)])).toEqual([[undefined, { messageId: 'nesting', data: { limit: '100' } }]]);
  expect(file.messages.flatMap(identityProblems)).toEqual([]);
});
