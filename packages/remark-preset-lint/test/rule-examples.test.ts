import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { removePosition } from 'unist-util-remove-position';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { ruleDocs, type RuleExample } from '@specmark/remark-preset-lint/docs';
import { parseTemplate } from '@specmark/template';
import { messageIdentity, ruleIds, ruleMessages, rules } from '@specmark/remark-preset-lint';
import { formatMessage } from '@specmark/schema';
import { VFileMessage as VFileMessageClass, type VFileMessage } from 'vfile-message';
import { exampleInputs } from '../src/lib/docs/example-inputs.ts';
import { applyQuickFix, editsAsDiff, quickFixes } from '@specmark/test-support/specs/quick-fixes.ts';

/** A message as the docs write it: `line:column-line:column severity reason`. */
function format(message: VFileMessage): string {
  const place = message.place;
  const where = !place ? '' : 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${place.line}:${place.column}`;
  return `${where} ${message.fatal ? 'error' : 'warning'} ${message.reason}`;
}

/** The example's spec as a file, with the repository it is in (none unless the example names one). */
function exampleFile(example: RuleExample): VFile {
  return new VFile({ path: example.name, value: example.input, data: { specmarkInputs: exampleInputs(example) } });
}

/** The rule alone, as remark-lint rules are tested, with the example's template and options. */
function processor(id: string, example: RuleExample) {
  const rule = rules[id as keyof typeof rules];
  const options = example.template === undefined ? example.config : { ...example.config, template: parseTemplate(example.template) };
  return remark().use(remarkFrontmatter).use(remarkGfm).use(rule as never, options as never);
}

/**
 * The example's input after applying the rule's quick fixes one at a time, linting again after
 * each, as an editor does and as the quick-fix property test of the command line does; `undefined`
 * when the input offers none.
 */
async function repairedText(id: string, example: RuleExample): Promise<string | undefined> {
  let text = example.input;
  for (let round = 0; round < 50; round++) {
    const file = await processor(id, example).process(exampleFile({ ...example, input: text }));
    const [first] = quickFixes(file.messages);
    if (!first) return round === 0 ? undefined : text;
    text = applyQuickFix(text, first);
  }
  throw new Error(`${example.name}: quick fixes still offered after 50 rounds`);
}

test('every rule has documentation, in rule order', () => {
  expect(ruleDocs.map((doc) => doc.id)).toEqual(ruleIds);
});

for (const doc of ruleDocs) {
  describe(doc.id, () => {
    test('links to its page, the url of its messages', () => {
      expect(doc.url).toBe(`https://specmark.dev/rules/${doc.id}/`);
    });
    test('has an ok and a not-ok example', () => {
      expect(doc.examples.some((example) => example.output.length === 0)).toBe(true);
      expect(doc.examples.some((example) => example.output.length > 0)).toBe(true);
    });
    for (const example of doc.examples) {
      test(`${example.name} gives the documented messages`, async () => {
        const file = await processor(doc.id, example).process(exampleFile(example));
        const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        expect(sorted.map(format)).toEqual(example.output);
        for (const message of file.messages) {
          expect(message.ruleId).toBe(doc.id);
          expect(message.source).toBe('specmark');
          expect(message.url).toBe(doc.url);
          for (const each of message.cause instanceof VFileMessageClass ? [message, message.cause] : [message]) {
            const identity = messageIdentity(each);
            const wording = ruleMessages(doc.id)[identity?.messageId ?? ''];
            expect(wording, `${each.reason}: a message the rule declares`).toBeTypeOf('string');
            expect(formatMessage(wording!, identity!.data)).toBe(each.reason);
          }
        }
      });
      test(`${example.name} ${example.repaired === undefined ? 'offers no quick fix' : 'gives the documented text once its quick fixes are applied'}`, async () => {
        const repaired = await repairedText(doc.id, example);
        expect(repaired === undefined ? undefined : editsAsDiff(example.input, repaired)).toBe(example.repaired);
      });
      test(`${example.name} gives no message and no crash without positions`, async () => {
        const run = processor(doc.id, example);
        const file = exampleFile(example);
        const tree = run.parse(file);
        removePosition(tree, { force: true });
        await run.run(tree, file);
        expect(file.messages.map(format)).toEqual([]);
      });
    }
  });
}
