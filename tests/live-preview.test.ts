import { readdir, readFile } from 'node:fs/promises';
import { parseMarkdown, parseSpec, renderSpec } from '@specmark/template';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { blockHtml } from '../src/editor/preview/block-html.ts';
import { PreviewRenderer, renderHereBudget, renderHereLimit } from '../src/editor/preview/preview-renderer.ts';
import { splitBlocks } from '../src/editor/preview/split-blocks.ts';
import { formTemplate } from './support/spec-form-helpers.ts';

const template = await formTemplate();
const whole = blockHtml;

/** Preview a spec with every block rendered here, however long: the preview the page ends up showing. */
function render(renderer: PreviewRenderer, markdown: string): string {
  const { missing = [] } = renderer.preview(markdown);
  renderer.add(missing, missing.map(blockHtml));
  return renderer.preview(markdown).html?.join('\n') ?? 'still missing blocks';
}

/** A renderer with no length limit, as the worker would complete it. */
const unlimited = () => new PreviewRenderer({ limit: Number.POSITIVE_INFINITY, render: blockHtml });

/** Markdown lines that meet at headings in every way that matters to where a block may start. */
const line = fc.constantFrom(
  '## Section',
  '### Field',
  '# Title',
  '#not-a-heading',
  '   ## indented heading',
  '    ## indented code',
  'A paragraph with *emphasis* and `code`.',
  'Setext heading',
  '---',
  '===',
  '- list item',
  '  continued item',
  '1. ordered',
  '> quote',
  '> ## quoted heading',
  '```',
  '```md',
  '````',
  '~~~',
  '``` not `a` fence',
  '- [ ] task',
  '- [x] done',
  '| a | b |',
  '| - | - |',
  '[ref]: https://example.com',
  'See [ref] and [^1].',
  '[^1]: A footnote.',
  '[placeholder — not a definition]',
  '<div>',
  '</div>',
  '<!-- comment',
  '-->',
  '',
);

test('a preview rendered block by block is the same HTML as the whole spec rendered at once', () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (lines, frontmatter) => {
      const markdown = `${frontmatter ? '---\ntitle: x\n---\n' : ''}${lines.join('\n')}\n`;
      expect(splitBlocks(markdown).join('')).toBe(markdown);
      expect(render(unlimited(), markdown)).toBe(whole(markdown));
    }),
    { numRuns: 500 },
  );
});

test('the preview parses every example and generated document to the tree remark-parse makes with the preset\'s plugins', async () => {
  const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const folder = new URL('../content/examples/', import.meta.url);
  for (const name of await readdir(folder)) {
    const markdown = await readFile(new URL(name, folder), 'utf8');
    expect(parseMarkdown(markdown), name).toEqual(remark.parse(markdown));
  }
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const markdown = `---\ntitle: x\n---\n${lines.join('\n')}\n`;
      expect(parseMarkdown(markdown)).toEqual(remark.parse(markdown));
    }),
    { numRuns: 300 },
  );
});

test('frontmatter is never split, and a document that opens it without closing it is rendered whole', () => {
  const open = '---\n## Section\n1. ordered\n';
  expect(splitBlocks(open)).toEqual([open]);
  expect(render(unlimited(), open)).toBe(whole(open));
  const headingInside = '---\n## Section\n---\n## Next\n';
  expect(splitBlocks(headingInside)).toEqual(['---\n## Section\n---\n', '## Next\n']);
  expect(render(unlimited(), headingInside)).toBe(whole(headingInside));
});

test('editing a spec field by field keeps the preview equal to a full render, for every example', async () => {
  const folder = new URL('../content/examples/', import.meta.url);
  for (const name of await readdir(folder)) {
    const { answers } = parseSpec(template, await readFile(new URL(name, folder), 'utf8'));
    const renderer = unlimited();
    for (const [slug, value] of Object.entries(answers.fields)) {
      if (typeof value !== 'string') continue;
      for (const added of [' more', '\n\n## Inserted heading', '\n\n```\n## inside a fence', '\n```\n', ' [ref]\n\n[ref]: https://example.com']) {
        answers.fields[slug] = `${answers.fields[slug] as string}${added}`;
        const markdown = renderSpec(template, answers);
        expect(render(renderer, markdown), `${name}, ${slug} + ${JSON.stringify(added)}`).toBe(whole(markdown));
      }
    }
  }
});

test('a spec splits at its section and field headings, so a keystroke re-renders one field', async () => {
  const markdown = renderSpec(template, parseSpec(template, await readFile(new URL('../content/examples/twilio-sms.md', import.meta.url), 'utf8')).answers);
  const blocks = splitBlocks(markdown);
  expect(blocks.map((block) => block.split('\n', 1)[0])).toEqual([
    '---',
    `# ${/^# (.*)$/m.exec(markdown)?.[1]}`,
    ...template.sections.flatMap((section) => [`## ${section.title}`, ...section.fields.map((field) => `### ${field.title}`)]),
  ]);
});

test('a keystroke renders its block at once; a long paste or deep nesting is left to the worker, and the preview then completes', async () => {
  const { answers } = parseSpec(template, await readFile(new URL('../content/examples/stripe-payment-intents.md', import.meta.url), 'utf8'));
  const renderer = new PreviewRenderer({ render: blockHtml });
  const imported = renderSpec(template, answers);
  expect(imported.length).toBeGreaterThan(renderHereLimit);
  const first = renderer.preview(imported);
  expect(first.html).toBeUndefined();
  expect(first.missing?.join('')).toBe(imported);
  renderer.add(first.missing ?? [], (first.missing ?? []).map(blockHtml));
  expect(renderer.preview(imported).html?.join('\n')).toBe(whole(imported));

  answers.fields.problem = `${answers.fields.problem as string} Typed *now*`;
  const typed = renderSpec(template, answers);
  const keystroke = renderer.preview(typed);
  expect(keystroke.html?.join('\n')).toBe(whole(typed));
  expect(keystroke.html?.join('')).toContain('Typed <em>now</em>');

  for (const [name, pasted] of [
    ['long paste', 'A sentence of a long paste. '.repeat(400)],
    ['deep nesting', `${'>'.repeat(120)} quoted`],
  ] as const) {
    answers.fields.problem = pasted;
    const markdown = renderSpec(template, answers);
    const left = renderer.preview(markdown);
    expect(left.missing, name).toEqual([splitBlocks(markdown).find((block) => block.includes(pasted.trim().slice(0, 20)))]);
    renderer.add(left.missing ?? [], (left.missing ?? []).map(blockHtml));
    // Past a parse limit the rest of a text is not parsed (nor shown): of the whole spec, every
    // block after the deep one; one block at a time, only the deep block.
    const expected = name === 'deep nesting' ? splitBlocks(markdown).map(blockHtml).filter((html) => html !== '').join('\n') : whole(markdown);
    expect(renderer.preview(markdown).html?.join('\n'), name).toBe(expected);
    if (name === 'deep nesting') expect(expected).toContain('<h2>Coding agent context</h2>');
  }
});

test('two renders in a row slower than their budget halve the limit to what the second rendered, so slow Markdown goes to the worker from then on; one alone does not', () => {
  let clock = 0;
  let slowRenders = true;
  const renderer = new PreviewRenderer({
    render: blockHtml,
    now: () => {
      clock += slowRenders ? renderHereBudget + 1 : 0; // a render here takes a millisecond longer than the budget
      return clock;
    },
  });
  const slow = `### Field\n\n${'*_'.repeat(1000)}\n`;
  expect(renderer.preview(`# Title\n\n${slow}`).html).toBeDefined();
  expect(renderer.limit).toBe(renderHereLimit);
  // A quick render in between: the next slow one is alone again.
  slowRenders = false;
  expect(renderer.preview(`# Title\n\n${slow}quick\n`).html).toBeDefined();
  slowRenders = true;
  expect(renderer.preview(`# Title\n\n${slow}slow\n`).html).toBeDefined();
  expect(renderer.limit).toBe(renderHereLimit);
  expect(renderer.preview(`# Title\n\n${slow}slower\n`).html).toBeDefined();
  expect(renderer.limit).toBe(Math.floor(`${slow}slower\n`.length / 2));
  const typed = `# Title\n\n${slow}more\n`;
  expect(renderer.preview(typed).missing).toEqual([`${slow}more\n`]);
  expect(renderer.preview('# Title\n\n### Field\n\nShort.\n').html).toBeDefined();
});

test('until it has a render function, the renderer hands back every block it has no HTML for, then renders them here once it has one', () => {
  const markdown = '# Title\n\n## Section\n\n### Field\n\nShort.\n';
  const renderer = new PreviewRenderer();
  expect(renderer.preview(markdown).missing).toEqual(splitBlocks(markdown));
  const [first = ''] = splitBlocks(markdown);
  renderer.add([first], [blockHtml(first)]);
  expect(renderer.preview(markdown).missing).toEqual(splitBlocks(markdown).slice(1));
  renderer.add(splitBlocks(markdown), splitBlocks(markdown).map(blockHtml));
  expect(renderer.preview(markdown).html?.join('\n')).toBe(whole(markdown));
  const typed = markdown.replace('Short.', 'Short, *typed*.');
  expect(renderer.preview(typed).missing).toEqual(splitBlocks(typed).filter((block) => block.includes('typed')));
  renderer.renderHere(blockHtml);
  expect(renderer.preview(typed).html?.join('\n')).toBe(whole(typed));
});

test('a list is tight or loose as a whole: one item with two paragraphs makes every item a paragraph', () => {
  expect(blockHtml('- a\n- b\n')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
  expect(blockHtml('- [ ] a\n- b\n')).toBe('<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled aria-label="Not done"> a</li>\n<li>b</li>\n</ul>');
  expect(blockHtml('- a\n- b\n\n  c\n')).toBe('<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n<p>c</p>\n</li>\n</ul>');
  expect(blockHtml('- a\n\n- b\n')).toBe('<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>');
  // Each list on its own: a tight list inside a loose one stays tight.
  expect(blockHtml('- a\n\n- b\n  - c\n  - d\n')).toBe('<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n<ul>\n<li>c</li>\n<li>d</li>\n</ul>\n</li>\n</ul>');
});
