import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mutatedSpec } from '@specmark/test-support/fuzz/spec-mutations.ts';
import { damagedSpec, encode, type Encoding } from '@specmark/test-support/specs/damaged-spec.ts';
import { goodSpecs, hollowSpec } from '@specmark/test-support/specs/hollow-spec.ts';
import { createLinter } from '../src/check/create-linter.ts';
import { markdownIn, nativeProcessor, remarkMessages, remarkProcessor, withoutData } from './support/parser-corpora.ts';
import { apiTemplate } from './support/spec-fixtures.ts';

const template = await apiTemplate();
const lint = await createLinter({});

/** Real files: the site's examples, the hand-written specs, and one with tabs, HTML blocks, tables, nested lists, character references and headings at the wrong level. */
const realFiles: [string, string][] = [
  ...markdownIn('content/examples/'),
  ...markdownIn('packages/template/test/fixtures/'),
  ...markdownIn('tests/support/specs/good/'),
  ['packages/cli/test/fixtures/markdown-edges.md', readFileSync(new URL('fixtures/markdown-edges.md', import.meta.url), 'utf8')],
];

const encodings: Encoding[] = (['lf', 'crlf', 'mixed', 'cr'] as const).flatMap((lineEndings) => [false, true].map((bom) => ({ lineEndings, bom })));

/** Each real file in every encoding, with its frontmatter left unclosed, and with U+0000 in YAML that cannot be read. */
const encodedFiles: [string, string][] = realFiles.flatMap(([name, text]) => [
  ...encodings.map((written): [string, string] => [`${name} (${written.lineEndings}${written.bom ? ', BOM' : ''})`, encode(text, written)]),
  [`${name} (unclosed frontmatter)`, text.replace(/^(---\n[^]*?\n)---\n/, '$1\n')],
  [`${name} (U+0000 in broken YAML)`, text.replace(/^---\n/, '---\nnote: >]a\0b...\n')],
]);

/** Throw unless the command line's linter (Sätteri) and the preset through remark-parse report the same messages, byte for byte; how many. */
async function sameMessages(name: string, text: string): Promise<number> {
  const { messages } = await lint(name, text);
  expect(messages, name).toEqual(await remarkMessages(name, text));
  return messages?.length ?? 0;
}

describe('the native parser on damaged and mutated specs', () => {
  test.each(encodedFiles)('gives the tree remark-parse gives: %s', (_, text) => {
    expect(withoutData(nativeProcessor.parse(text))).toEqual(withoutData(remarkProcessor.parse(text)));
  });

  test('the command line reports what the preset reports through remark-parse on real files in every encoding', async () => {
    let reported = 0;
    for (const [name, text] of encodedFiles) {
      reported += await sameMessages(name, text);
    }
    // The unclosed frontmatter and the wrong heading levels give plenty to compare.
    expect(reported).toBeGreaterThan(100);
  }, 60_000);

  test('the command line reports what the preset reports through remark-parse on damaged specs', async () => {
    await fc.assert(
      fc.asyncProperty(damagedSpec([template]), async ({ damage, encoding, text }) => {
        expect(withoutData(nativeProcessor.parse(text))).toEqual(withoutData(remarkProcessor.parse(text)));
        await sameMessages(JSON.stringify({ damage, encoding }), text);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  test('the command line reports what the preset reports through remark-parse on hollow specs', async () => {
    await fc.assert(
      fc.asyncProperty(hollowSpec(template, goodSpecs(template)), async ({ text, plants }) => {
        await sameMessages(JSON.stringify(plants.map((each) => each.kind)), text);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  test('the command line reports what the preset reports through remark-parse on mutated specs', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSpec(), async (text) => {
        await sameMessages('mutated.md', text);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
