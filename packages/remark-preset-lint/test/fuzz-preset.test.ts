import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import preset from '@specmark/remark-preset-lint';
import { lineLengths, placeProblems } from '@specmark/test-support/fuzz/places.ts';
import { fuzz, keptInputs } from '@specmark/test-support/fuzz/regressions.ts';
import { corruptedBytes, decodeLikeCli, mutatedSpec } from '@specmark/test-support/fuzz/spec-mutations.ts';

const processor = unified().use(remarkParse).use(preset).freeze();
const regressions = new URL('fixtures/fuzz-regressions/', import.meta.url);

/**
 * Lint a text with the preset as remark-cli does (parse, then run); throws when linting throws or
 * a message is not a Specmark message placed inside the text.
 */
async function lintsCleanly(value: string): Promise<void> {
  const file = new VFile({ path: 'spec.md', value });
  await processor.run(processor.parse(file), file);
  const lengths = lineLengths(value);
  const problems: string[] = [];
  for (const message of file.messages) {
    const what = `${message.ruleId}: ${message.reason.slice(0, 80)}`;
    if (message.source !== 'specmark') problems.push(`${what}: source ${message.source}`);
    problems.push(...placeProblems(lengths, message, what));
    const end = message.place && 'end' in message.place ? message.place.end : undefined;
    if (end) problems.push(...placeProblems(lengths, end, `${what} (end)`));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

test('mutated specs and random Markdown are linted with every message placed inside the file', { timeout: 120_000 }, async () => {
  await fuzz(mutatedSpec(), lintsCleanly, { numRuns: 400, folder: regressions, prefix: 'preset-', toFile: (input) => input });
});

test('specs with random bytes, decoded as the command line decodes files, are linted cleanly', { timeout: 120_000 }, async () => {
  await fuzz(corruptedBytes(), (bytes) => lintsCleanly(decodeLikeCli(bytes)), { numRuns: 150, folder: regressions, prefix: 'preset-bytes-', toFile: (input) => input });
});

test.each(keptInputs(regressions).map(([name, bytes]) => ({ name, bytes })))('kept fuzz input $name is linted cleanly', async ({ bytes }) => {
  await expect(lintsCleanly(decodeLikeCli(bytes))).resolves.toBeUndefined();
});
