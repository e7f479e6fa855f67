import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { loadBuiltInTemplate, parseSpec, parseTemplate, renderSpec, TemplateError } from '@specmark/template';
import { lineLengths, placeProblems } from '@specmark/test-support/fuzz/places.ts';
import { fuzz, keptInputs } from '@specmark/test-support/fuzz/regressions.ts';
import { corruptedBytes, decodeLikeCli, mutatedSpec } from '@specmark/test-support/fuzz/spec-mutations.ts';

const template = await loadBuiltInTemplate('api-integration');
const templateSource = await readFile(new URL('../templates/api-integration.md', import.meta.url), 'utf8');
const regressions = new URL('fixtures/fuzz-regressions/', import.meta.url);

/** Parse a spec, check every unmapped piece is placed inside it, render the answers and parse that again. */
function parsesCleanly(markdown: string): void {
  const { answers, unmapped } = parseSpec(template, markdown);
  const lengths = lineLengths(markdown);
  const problems = unmapped.flatMap((piece) => placeProblems(lengths, piece.place, `${piece.reason} ${piece.anchor}`));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  parseSpec(template, renderSpec(template, answers));
}

/** Parse a template: a model, or a TemplateError whose every problem is placed inside the text. */
function templateParsesCleanly(markdown: string): void {
  try {
    parseTemplate(markdown);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const lengths = lineLengths(markdown);
    const problems = error.problems.flatMap((problem) => placeProblems(lengths, problem.place, problem.code));
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }
}

test('mutated specs parse into answers, unmapped content placed inside the file, and render again', { timeout: 120_000 }, async () => {
  await fuzz(mutatedSpec(), parsesCleanly, { numRuns: 250, folder: regressions, prefix: 'spec-', toFile: (input) => input });
});

test('specs with random bytes parse cleanly', { timeout: 120_000 }, async () => {
  await fuzz(corruptedBytes(), (bytes) => parsesCleanly(decodeLikeCli(bytes)), { numRuns: 80, folder: regressions, prefix: 'spec-bytes-', toFile: (input) => input });
});

test('a mutated template gives a model or a TemplateError with every problem placed inside the file', { timeout: 120_000 }, async () => {
  await fuzz(mutatedSpec([templateSource]), templateParsesCleanly, { numRuns: 200, folder: regressions, prefix: 'template-', toFile: (input) => input });
});

test.each(keptInputs(regressions).map(([name, bytes]) => ({ name, bytes })))('kept fuzz input $name parses cleanly', ({ name, bytes }) => {
  const text = decodeLikeCli(bytes);
  expect(() => (name.startsWith('template-') ? templateParsesCleanly(text) : parsesCleanly(text))).not.toThrow();
});
