import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import preset from '@specmark/remark-preset-lint';
import { fixture } from './helpers.ts';

const lintMdx = (value: string) => remark().use(remarkMdx).use(preset).process(new VFile({ path: 'spec.mdx', value }));

test('imports, exports and JSX in an .mdx spec are neither errors nor content', async () => {
  const spec = fixture('complete-spec.md')
    .replace('# Stripe refunds sync\n', "import Note from './note.astro'\n\nexport const owner = 'payments'\n\n# Stripe refunds sync\n\n<Note kind=\"info\">Read the runbook first.</Note>\n")
    .replace(/### Problem\n\n[^#]+/, '### Problem\n\n<Note kind="todo" />\n\n{/* to do */}\n\n');
  const file = await lintMdx(spec);
  expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([
    '32:1 no-empty-sections: Unexpected empty field `Problem`, expected content after the heading',
  ]);
});

test('`{/* lint disable */}` comments work in MDX', async () => {
  const spec = fixture('complete-spec.md').replace('### Problem\n', '{/* lint disable no-empty-sections */}\n\n### Problem\n').replace(/### Problem\n\n[^#]+/, '### Problem\n\n');
  const file = await lintMdx(spec);
  expect(file.messages).toEqual([]);
});
