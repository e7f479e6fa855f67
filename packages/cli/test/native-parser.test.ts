import { readdirSync, readFileSync } from 'node:fs';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import { blankSpec, renderSpec } from '@specmark/template';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { answersArbitrary } from '../../../tests/support/specs/answers-arbitrary.ts';
import { createLinter } from '../src/check/create-linter.ts';
import { toLintMessage } from '../src/check/lint-message.ts';
import { nativeParser } from '../src/check/native-parser.ts';
import { filledSpec } from '../../../tests/support/specs/filled-spec.ts';
import { apiTemplate, withoutGuardrail } from './support/spec-fixtures.ts';

const repo = new URL('../../../', import.meta.url);
const remark = unified().use(remarkParse).use(remarkFrontmatter, 'yaml').use(remarkGfm).freeze();
const native = unified().use(remarkFrontmatter, 'yaml').use(remarkGfm).use(nativeParser(markdownToMdast)).freeze();
const template = await apiTemplate();

/** Every Markdown file of a folder of the repository, by name. */
function markdownIn(folder: string): [string, string][] {
  const url = new URL(folder, repo);
  return readdirSync(url)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => [`${folder}${name}`, readFileSync(new URL(name, url), 'utf8')]);
}

/** Real specs: the site's examples, the test fixtures, the template itself, and generated variants like the benchmark's. */
const specs: [string, string][] = [
  ...markdownIn('content/examples/'),
  ...markdownIn('packages/remark-preset-lint/test/fixtures/'),
  ...markdownIn('packages/template/test/fixtures/'),
  ['packages/template/templates/api-integration.md', readFileSync(new URL('packages/template/templates/api-integration.md', repo), 'utf8')],
  ...Array.from({ length: 40 }, (_, index): [string, string] => [`filled spec ${index}`, filledSpec(template, index + 1, 1 + (index % 6))]),
  ...Array.from({ length: 10 }, (_, index): [string, string] => [`spec without a guardrail ${index}`, withoutGuardrail(template, filledSpec(template, index + 100)).markdown]),
  ['CRLF spec', filledSpec(template, 7).replace(/\n/g, '\r\n')],
];

/** The tree without `data` (parsers may cache things there); positions stay. */
function withoutData(node: Nodes): unknown {
  const { data: _data, ...rest } = node as Nodes & { data?: unknown };
  return 'children' in node ? { ...rest, children: node.children.map(withoutData) } : rest;
}

/** The messages the preset gives with remark-parse, as the command line reports them. */
async function remarkMessages(path: string, value: string) {
  const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint).freeze();
  const file = new VFile({ path, value });
  await processor.run(processor.parse(file), file);
  return file.messages.map(toLintMessage);
}

describe('the native parser', () => {
  test.each(specs)('gives the tree remark-parse gives: %s', (_, markdown) => {
    expect(withoutData(native.parse(markdown))).toEqual(withoutData(remark.parse(markdown)));
  });

  test('gives the tree remark-parse gives for specs rendered from generated answers', () => {
    fc.assert(
      fc.property(answersArbitrary(template), (answers) => {
        const markdown = renderSpec(template, answers);
        expect(withoutData(native.parse(markdown))).toEqual(withoutData(remark.parse(markdown)));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('starts a task item’s paragraph at the checkbox when no text follows it, as remark does', () => {
    const tree = native.parse('- [ ] **Bold** first\n- [x] plain\n');
    const [first, second] = (tree.children[0] as Extract<Nodes, { type: 'list' }>).children.map((item) => item.children[0]!.position!.start);
    expect(first).toEqual({ line: 1, column: 3, offset: 2 });
    expect(second).toEqual({ line: 2, column: 7, offset: 27 });
  });

  test.each([
    ['an opening `---` without frontmatter', '---\n\n- **Question?** answer\n'],
    ['an unclosed opening `---` with CRLF', '---\r\n2) second\r\n'],
    ['a task item with nothing after its checkbox', '- [ ]\n===\n'],
    ['a bare checkbox in a block quote', '> - [x]\n> next\n'],
  ])('parses the remark way where the parsers are known to disagree: %s', (_, markdown) => {
    expect(withoutData(native.parse(markdown))).toEqual(withoutData(remark.parse(markdown)));
  });
});

describe('the command line’s linter', () => {
  const cases: [string, string][] = [
    ...specs.filter(([name]) => !name.endsWith('api-integration.md')),
    ['blank draft with prompts left', blankSpec(template, { title: 'Stripe refunds', status: 'draft' })],
  ];

  test('reports what the preset reports through remark-parse, message for message', async () => {
    const lint = await createLinter({});
    let reported = 0;
    for (const [name, markdown] of cases) {
      const { messages } = await lint(name, markdown);
      expect(messages, name).toEqual(await remarkMessages(name, markdown));
      reported += messages?.length ?? 0;
    }
    // The broken fixture, the specs without a guardrail and the draft give plenty to compare.
    expect(reported).toBeGreaterThan(30);
  });
});
