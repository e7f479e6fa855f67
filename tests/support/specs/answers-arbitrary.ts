import fc from 'fast-check';
import type { Answers, FieldAnswer, Template, TemplateField } from '@specmark/template';

const word = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'’-]{0,11}$/) },
  { weight: 1, arbitrary: fc.constantFrom('e.g.,', '(429)', '5xx', '`retry()`', '_once_', '**never**', '[docs](https://example.com/a?b=1)', 'über', '—', '→', '<T>', '&amp;', 'When', '?', 'x.', ':') },
);
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
/** Markdown text: one or more paragraphs of one or more lines, without headings. */
const text = fc
  .array(fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')), { minLength: 1, maxLength: 3 })
  .map((paragraphs) => paragraphs.join('\n\n'));
const shortText = fc.array(line, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n'));
const codeBlock = fc.constantFrom('```ts\nawait client.refunds.create({ amount });\n```', '```\n# a shell comment\n```');
const prose = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.tuple(text, codeBlock).map(([a, b]) => `${a}\n\n${b}`) });

function fieldAnswer(field: TemplateField): fc.Arbitrary<FieldAnswer> {
  switch (field.kind) {
    case 'prose':
      return prose;
    case 'questions':
      return fc.array(
        fc.record({ question: line.map((q) => q.replace(/\*/g, '') || 'Why?'), answer: fc.oneof(fc.constant(''), shortText) }),
        { maxLength: 6 },
      );
    case 'checklist':
      return fc.array(fc.record({ checked: fc.constantFrom(true, false, undefined), text: shortText }), { maxLength: 8 });
    default:
      return fc.array(shortText, { maxLength: 6 });
  }
}

/**
 * Any answers a person could give to a template: every field answered or not, Markdown texts of
 * several lines and paragraphs, frontmatter, extra content at every kind of anchor, CRLF and BOM.
 */
export function answersArbitrary(template: Template): fc.Arbitrary<Answers> {
  const fields = fc.record(Object.fromEntries(template.fields.map((field) => [field.slug, fieldAnswer(field)])), { requiredKeys: [] });
  const anchors = ['start', 'title', ...template.sections.map((section) => `section:${section.slug}`)];
  const paragraphExtras = fc.subarray(anchors).chain((chosen) =>
    fc.tuple(...chosen.map((anchor) => text.map((markdown) => ({ anchor, markdown })))),
  );
  const headingExtras = fc.array(
    fc.record({
      anchor: fc.constantFrom(...template.fields.map((field) => `field:${field.slug}`)),
      markdown: fc.tuple(fc.integer({ min: 1, max: 99 }), text).map(([n, body]) => `### Team notes ${n}\n\n${body}`),
    }),
    { maxLength: 3 },
  );
  const order = ['start', 'title', ...template.sections.flatMap((section) => [`section:${section.slug}`, ...section.fields.map((field) => `field:${field.slug}`)])];
  const extras = fc
    .tuple(paragraphExtras, headingExtras)
    .map(([a, b]) => [...a, ...b].sort((x, y) => order.indexOf(x.anchor) - order.indexOf(y.anchor)));
  const frontmatter = fc.dictionary(
    fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/),
    fc.oneof(line, fc.integer(), fc.boolean(), fc.array(line, { maxLength: 3 })),
    { maxKeys: 6 },
  );
  return fc
    .record(
      {
        frontmatter,
        title: line.filter((title) => title.trim() === title),
        fields,
        extras,
        format: fc.record({ lineEnding: fc.constantFrom('\n' as const, '\r\n' as const), bom: fc.boolean() }),
      },
      { requiredKeys: ['fields'] },
    )
    .map((answers) => {
      const result = { ...answers } as Answers;
      if (result.extras?.length === 0) delete result.extras;
      if (result.format && !result.format.bom && result.format.lineEnding === '\n') delete result.format;
      return result;
    });
}
