import fc from 'fast-check';
import { expect, test } from 'vitest';
import { applyRepairs, loadBuiltInTemplate, planRepairs, readSpec, readSpecDocument, type Template } from '@specmark/template';
import { mutatedSpec } from '@specmark/test-support/fuzz/spec-mutations.ts';
import { damagedSpec } from '@specmark/test-support/specs/damaged-spec.ts';

const template = await loadBuiltInTemplate('api-integration');

/** All repairs at once, as `specmark fix` applies them. */
function repairAll(text: string, spec: Template = template): string {
  const document = readSpecDocument(text);
  return applyRepairs(document, planRepairs(readSpec(spec, document)));
}

/** One repair at a time, each chosen from a fresh plan, as a person takes quick fixes in an editor. */
function repairOneByOne(text: string, choices: readonly number[], spec: Template = template): string {
  let current = text;
  for (const choice of choices) {
    const document = readSpecDocument(current);
    const plan = planRepairs(readSpec(spec, document));
    if (plan.length === 0) return current;
    current = applyRepairs(document, [plan[choice % plan.length]!]);
  }
  throw new Error('repairs did not settle');
}

test.each([
  ['an empty file', ''],
  ['only whitespace', '\n\n  \n'],
  ['only frontmatter', '---\ntemplate: api-integration\ntemplateVersion: 1\nstatus: draft\n---\n'],
  ['only a title, no line break at the end', '# Refunds'],
  ['a file ending in an unclosed code fence', '# Refunds\n\n```js\nconst a = 1;\n'],
  ['a file ending in an unclosed comment', '# Refunds\n\nSome text\n<!-- notes\n'],
  ['CRLF and a BOM', '\ufeff---\r\ntemplate: api-integration\r\ntemplateVersion: 1\r\nstatus: draft\r\n---\r\n\r\n# Refunds\r\n'],
])('%s: repairs taken one by one in any order give what all at once give, and nothing is left to repair', (_, text) => {
  const all = repairAll(text);
  const document = readSpecDocument(all);
  expect(planRepairs(readSpec(template, document))).toEqual([]);
  for (const order of [[0], [1], [7], [3, 1, 4, 1, 5, 9, 2, 6]]) expect(repairOneByOne(text, Array.from({ length: 60 }, (_, index) => order[index % order.length]!))).toBe(all);
});

test('what a file ends with (its last line break, or none) still ends it', () => {
  expect(repairAll('# Refunds')).toMatch(/without modification$/);
  expect(repairAll('# Refunds\n')).toMatch(/without modification\n$/);
  // An unclosed code fence would swallow what is appended: the new blocks go before it.
  expect(repairAll('# Refunds\n```js\ncode\n')).toMatch(/\n# Refunds\n\n## [^]*without modification\n```js\ncode\n$/);
});

test('repairs taken one by one in any order settle where all at once do, on damaged and mutated specs', { timeout: 300_000 }, () => {
  fc.assert(
    fc.property(fc.oneof(damagedSpec([template]).map((spec) => spec.text), mutatedSpec()), fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (text, choices) => {
      const all = repairAll(text);
      expect(repairOneByOne(text, choices)).toBe(all);
    }),
    { numRuns: 150 },
  );
});
