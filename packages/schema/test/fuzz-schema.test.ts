import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { frontmatterIssueMessage, parseFrontmatter, validateFrontmatter } from '@specmark/schema';
import { lineLengths, placeProblems } from '@specmark/test-support/fuzz/places.ts';
import { fuzz, keptInputs } from '@specmark/test-support/fuzz/regressions.ts';
import { decodeLikeCli, mutation, mutate, seedSpecs } from '@specmark/test-support/fuzz/spec-mutations.ts';

const regressions = new URL('fixtures/fuzz-regressions/', import.meta.url);
/** The frontmatter of each real spec, the YAML between its `---` lines. */
const frontmatters = seedSpecs().map((spec) => /^---\n([^]*?)\n---\n/.exec(spec)![1]!);

/** Parse YAML: data or issues, each worded `Unexpected …, expected …` and placed (start and end) inside the text. */
function parsesCleanly(yaml: string): void {
  const { data, issues } = parseFrontmatter(yaml);
  const lengths = lineLengths(yaml);
  const problems: string[] = [];
  if ((data === undefined) !== issues.length > 0) problems.push('data and issues disagree');
  for (const issue of issues) {
    if (!/^Unexpected .+, expected .+/s.test(frontmatterIssueMessage(issue))) problems.push(`badly worded ${issue.code}`);
    problems.push(...placeProblems(lengths, issue, issue.code), ...placeProblems(lengths, { line: issue.endLine, column: issue.endColumn }, `${issue.code} (end)`));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

const mutatedFrontmatter = fc
  .tuple(fc.constantFrom(...frontmatters), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([yaml, changes]) => changes.reduce(mutate, yaml));

test('mutated real frontmatter gives data or worded issues placed inside it', { timeout: 120_000 }, async () => {
  await fuzz(mutatedFrontmatter, parsesCleanly, { numRuns: 3000, folder: regressions, prefix: 'yaml-', toFile: (input) => input });
});

test('real frontmatter with random bytes, decoded as the command line does, gives placed issues', { timeout: 120_000 }, async () => {
  const bytes = fc.tuple(fc.constantFrom(...frontmatters), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(([yaml, at, noise]) => {
    const encoded = new TextEncoder().encode(yaml);
    const where = at % (encoded.length + 1);
    return Uint8Array.from([...encoded.subarray(0, where), ...noise, ...encoded.subarray(where)]);
  });
  await fuzz(bytes, (input) => parsesCleanly(decodeLikeCli(input)), { numRuns: 1000, folder: regressions, prefix: 'yaml-bytes-', toFile: (input) => input });
});

test('real frontmatter with any value at any depth gives worded issues, never a throw', { timeout: 120_000 }, async () => {
  const datas = frontmatters.map((yaml) => parse(yaml, { logLevel: 'error' }) as Record<string, unknown>);
  const changed = fc.tuple(fc.constantFrom(...datas), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })).map(([data, path, value]) => {
    const copy = structuredClone(data);
    let node: Record<string, unknown> = copy;
    for (const [depth, step] of path.entries()) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      const child = node[key];
      if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
        node[key] = value;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return copy;
  });
  await fuzz(
    changed,
    (data) => {
      const unworded = validateFrontmatter(data).issues.filter((issue) => !/^Unexpected .+, expected .+/s.test(frontmatterIssueMessage(issue)));
      if (unworded.length > 0) throw new Error(`unworded: ${unworded.map((issue) => issue.code).join(', ')}`);
    },
    { numRuns: 1500, folder: regressions, prefix: 'data-', toFile: (input) => JSON.stringify(input) },
  );
});

test.each(keptInputs(regressions).map(([name, bytes]) => ({ name, bytes })))('kept fuzz input $name parses cleanly', ({ name, bytes }) => {
  const text = decodeLikeCli(bytes);
  if (name.startsWith('data-')) expect(validateFrontmatter(JSON.parse(text)).issues.every((issue) => /^Unexpected .+, expected .+/s.test(frontmatterIssueMessage(issue)))).toBe(true);
  else expect(() => parsesCleanly(text)).not.toThrow();
});
