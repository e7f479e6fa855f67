import { readFile } from 'node:fs/promises';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { ruleDocs, type RuleExample } from '@specmark/remark-preset-lint/docs';
import { rules } from '@specmark/remark-preset-lint';
import { parseTemplate } from '@specmark/template';
import { isAdvisory } from '../src/lib/rules/apply-severity.ts';
import { exampleInputs } from '../src/lib/docs/example-inputs.ts';
import { readmeFile, regenerateCommand, ruleTable, withRuleTable } from '../scripts/readme-rule-table.ts';

test(`the README's rule table is the one made from the rule docs (run \`${regenerateCommand}\` when this fails)`, async () => {
  const readme = await readFile(readmeFile, 'utf8');
  expect(readme, `The README's rule table is stale: run \`${regenerateCommand}\`.`).toBe(withRuleTable(readme, ruleTable(ruleDocs)));
});

test('the README table lists every rule with its page, summary and severity in words', () => {
  const table = ruleTable(ruleDocs);
  expect(table.split('\n').filter((line) => line.startsWith('| [')).length).toBe(ruleDocs.length);
  expect(table).toContain('| [`no-placeholders`](https://specmark.dev/rules/no-placeholders/) | No template prompt is left in the spec. | warning in a `draft`, error from `review` on |\n');
});

test('a cell keeps the table whole: `|` escaped, line breaks joined', () => {
  const docs = { ...ruleDocs[0]!, summary: 'Either `a|b`\nor c.' };
  expect(ruleTable([docs])).toContain('| Either `a\\|b` or c. |');
});

test('the table replaces only what is between its markers; a README without them is refused', () => {
  const table = ruleTable(ruleDocs);
  const [start, , , , ...rest] = table.split('\n');
  const end = rest.at(-2)!;
  const readme = `# Title\n\nBefore.\n\n${start}\n\nold table\n\n${end}\n\nAfter.\n`;
  expect(withRuleTable(readme, table)).toBe(`# Title\n\nBefore.\n\n${table}\nAfter.\n`);
  expect(() => withRuleTable('# Title\n', table)).toThrow(/^Unexpected README without the rule table markers, expected `<!-- rule-table: .*` and `<!-- \/rule-table -->` around the table$/);
});

/** The example's input with its frontmatter `status` set (added when missing). */
function withStatus(input: string, status: string): string {
  if (!input.startsWith('---\n')) return `---\nstatus: ${status}\n---\n\n${input}`;
  const lines = input.split('\n');
  const close = lines.indexOf('---', 1);
  const at = lines.findIndex((line, index) => index < close && line.startsWith('status:'));
  if (at === -1) lines.splice(1, 0, `status: ${status}`);
  else lines[at] = `status: ${status}`;
  return lines.join('\n');
}

/** The severities of the rule's messages on the example's input with a `status`, at the rule's default severity. */
async function severities(id: string, example: RuleExample, status: string): Promise<string[]> {
  const rule = rules[id as keyof typeof rules];
  const options = example.template === undefined ? example.config : { ...example.config, template: parseTemplate(example.template) };
  const file = await remark()
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(rule as never, options as never)
    .process(new VFile({ path: example.name, value: withStatus(example.input, status), data: { specmarkInputs: exampleInputs(example) } }));
  // Advisories are warnings at any severity (`frontmatter-schema`'s pending keys, a deprecated operation).
  const advisories = file.messages.filter(isAdvisory);
  expect(advisories.every((message) => !message.fatal)).toBe(true);
  return file.messages.filter((message) => !isAdvisory(message)).map((message) => (message.fatal ? 'error' : 'warning'));
}

describe('each rule applies the default severity its docs state', () => {
  for (const doc of ruleDocs) {
    test(doc.id, async () => {
      const failing = doc.examples.filter((example) => example.output.length > 0);
      const approved = (await Promise.all(failing.map((example) => severities(doc.id, example, 'approved')))).flat();
      const draft = (await Promise.all(failing.map((example) => severities(doc.id, example, 'draft')))).flat();
      expect(approved.length).toBeGreaterThan(0);
      expect(new Set(approved)).toEqual(new Set(['error']));
      // `open-questions-resolved` has nothing to say about a draft; every other rule does.
      if (doc.id !== 'open-questions-resolved') expect(draft.length).toBeGreaterThan(0);
      for (const severity of draft) expect(severity).toBe(doc.defaultSeverity === 'status' ? 'warning' : 'error');
    });
  }
});

test('every rule has a precision and at least one tag', () => {
  for (const doc of ruleDocs) {
    expect(['very-high', 'high', 'medium', 'low']).toContain(doc.precision);
    expect(doc.tags.length).toBeGreaterThan(0);
  }
});
