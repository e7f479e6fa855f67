import fc from 'fast-check';
import { loadBuiltInTemplate } from '@specmark/template';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { rules, type RepositoryFiles } from '@specmark/remark-preset-lint';
import { goodSpecs, hollowSpec } from '@specmark/test-support/specs/hollow-spec.ts';

const template = await loadBuiltInTemplate('api-integration');
const bases = goodSpecs(template);
const answerRules = remark()
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(rules['no-hollow-answers'])
  .use(rules['specific-behaviors'])
  .use(rules['consistent-frontmatter'])
  .use(rules['reference-files-exist'])
  .freeze();

/** A spec checked by the answer rules in a repository with the given files. */
function check(value: string, files: RepositoryFiles): Promise<VFile> {
  return answerRules.process(new VFile({ path: 'docs/spec.md', value, data: { specmarkInputs: { repository: { spec: 'docs/spec.md', files: async () => files } } } }));
}

/** The repository the good specs live in: every file and folder they point to exists. */
const repository: RepositoryFiles = await (async () => {
  const empty: RepositoryFiles = { paths: [], complete: true };
  const paths = new Set<string>();
  for (const base of bases) {
    for (const message of (await check(base, empty)).messages) {
      if (message.ruleId === 'reference-files-exist' && message.actual) paths.add(message.actual.endsWith('/') ? `${message.actual}index.ts` : message.actual);
    }
  }
  return { paths: [...paths], complete: true };
})();

/** The lines the answer rules report. */
async function flaggedLines(value: string): Promise<number[]> {
  const file = await check(value, repository);
  return [...new Set(file.messages.map((message) => message.line ?? 0))].sort((a, b) => a - b);
}

test('the good specs the answers are planted into get no message from the answer rules, in a repository that has the files they point to', async () => {
  expect(repository.paths.length).toBeGreaterThan(5);
  for (const base of bases) expect(await flaggedLines(base)).toEqual([]);
});

test('every planted non-answer, code-less error, unbounded retry, nameless webhook, unlisted event and missing file is reported at its line; no untouched answer is', { timeout: 300_000 }, async () => {
  const planted = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(hollowSpec(template, bases), async ({ text, plants, untouched }) => {
      const flagged = await flaggedLines(text);
      expect(flagged).toEqual([...new Set(plants.map((plant) => plant.line))].sort((a, b) => a - b));
      expect(untouched.filter((line) => flagged.includes(line))).toEqual([]);
      for (const plant of plants) planted.set(plant.kind, (planted.get(plant.kind) ?? 0) + 1);
    }),
    { numRuns: 100 },
  );
  // Every kind was planted somewhere in the run.
  expect([...planted.keys()].sort()).toEqual(['bare-confirmation', 'code-less-error', 'missing-reference', 'nameless-webhook', 'placeholder', 'unbounded-retry', 'unlisted-event', 'vague']);
});
