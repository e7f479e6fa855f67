import fc from 'fast-check';
import { loadBuiltInTemplate } from '@specmark/template';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { rules } from '@specmark/remark-preset-lint';
import { goodSpecs, hollowSpec } from '../../../tests/support/specs/hollow-spec.ts';

const template = await loadBuiltInTemplate('api-integration');
const bases = goodSpecs(template);
const answerRules = remark().use(remarkFrontmatter).use(remarkGfm).use(rules['no-hollow-answers']).use(rules['specific-behaviors']).freeze();

/** The lines the answer rules report. */
async function flaggedLines(value: string): Promise<number[]> {
  const file = await answerRules.process(new VFile({ path: 'spec.md', value }));
  return [...new Set(file.messages.map((message) => message.line ?? 0))].sort((a, b) => a - b);
}

test('the good specs the answers are planted into get no message from the answer rules', async () => {
  for (const base of bases) expect(await flaggedLines(base)).toEqual([]);
});

test('every planted non-answer, code-less error, unbounded retry and nameless webhook is reported at its line; no untouched answer is', { timeout: 300_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(hollowSpec(template, bases), async ({ text, plants, untouched }) => {
      const flagged = await flaggedLines(text);
      expect(flagged).toEqual([...new Set(plants.map((plant) => plant.line))].sort((a, b) => a - b));
      expect(untouched.filter((line) => flagged.includes(line))).toEqual([]);
    }),
    { numRuns: 100 },
  );
});
