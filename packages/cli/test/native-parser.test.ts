import { blankSpec, renderSpec } from '@specmark/template';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, test } from 'vitest';
import { answersArbitrary } from '@specmark/test-support/specs/answers-arbitrary.ts';
import { createLinter } from '../src/check/create-linter.ts';
import { nativeProcessor, remarkMessages, remarkProcessor, wellFormedSpecs, withoutData } from './support/parser-corpora.ts';
import { apiTemplate } from './support/spec-fixtures.ts';

const template = await apiTemplate();
const remark = remarkProcessor;
const native = nativeProcessor;
const specs = wellFormedSpecs(template);

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
    ['U+0000 in text, a link and frontmatter', '---\na: \0b\n---\n\n[a\0](b\0 "c\0") *c\0*\n'],
    ['a lone surrogate', 'a \uD83D b\n'],
    ['an emoji between emphasis delimiters', 'a**😀**b and 😀_a_\n'],
    ['an emoji before a literal autolink', 'x😀www.example.com\n'],
    ['punctuation after `http://`', 'see http://-a.b and http://.b\n'],
    ['a literal autolink after punctuation', 'docs,www.example.com and a:www.example.com\n'],
    ['a literal autolink after an unclosed bracket', '[see www.example.com\n'],
    ['`www.` ending the document', 'see www.\n'],
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
