import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadBuiltInTemplate, parseSpec, parseTemplate, readSpec, readSpecDocument, type Template } from '@specmark/template';
import { exampleTemplate } from '../packages/remark-preset-lint/src/lib/docs/example-template.ts';
import { specOutline, targetAt } from '../src/editor/worker/form-targets.ts';
import { damagedSpec } from './support/specs/damaged-spec.ts';

const builtIn = await loadBuiltInTemplate('api-integration');
const team = parseTemplate(exampleTemplate);
const templates = new Map<string, Template>([builtIn, team].map((template) => [template.id, template]));

// Lint and fix are held to the same reading by invariant 5 of packages/cli/test/one-reading.test.ts.
test('the form’s line-to-field targets and import follow the spec’s one reading, whatever a heading’s level, case or punctuation', () => {
  fc.assert(
    fc.property(damagedSpec([builtIn, team]), (spec) => {
      const document = readSpecDocument(spec.text);
      const named = document.frontmatter.entries.get('template')?.value;
      const template = (typeof named === 'string' ? templates.get(named) : undefined) ?? builtIn;
      const reading = readSpec(template, document);
      const outline = specOutline(template, document);
      const shown = JSON.stringify({ damage: spec.damage, encoding: spec.encoding });
      for (const field of template.fields) {
        const entry = reading.byKey.get(`field:${field.slug}`);
        const targeted = outline.headings.filter((heading) => heading.target.kind === 'field' && heading.target.slug === field.slug);
        if (!entry) {
          // A field lint reports missing (and fix adds) has no place in the spec to go to.
          expect(targeted, `${field.slug} ${shown}`).toEqual([]);
          continue;
        }
        // The field's heading, and every line of its body, lead the form to that field.
        const line = entry.heading.position!.start.line;
        expect(targetAt(outline, line), `${field.slug} ${shown}`).toEqual({ kind: 'field', slug: field.slug });
        for (const block of entry.body) expect(targetAt(outline, block.position!.start.line), `${field.slug} body ${shown}`).toEqual({ kind: 'field', slug: field.slug });
      }
      // Import reads each field's answer from under the heading the form targets.
      const { answers } = parseSpec(template, spec.text);
      for (const heading of outline.headings) {
        if (heading.target.kind !== 'field') continue;
        const field = template.fields.find((each) => each.slug === (heading.target as { slug: string }).slug)!;
        const entry = reading.byKey.get(`field:${field.slug}`)!;
        const body = entry.body.map((node) => document.text.slice(node.position!.start.offset, node.position!.end.offset)).join('\n\n');
        if (field.kind === 'prose' && body.trim() !== '' && body !== field.prompt) expect(answers.fields[field.slug], `${field.slug} ${shown}`).toBeDefined();
      }
    }),
    { numRuns: 150 },
  );
});

test('a frontmatter line leads to its key, the items of a list included', () => {
  const text = '---\ntemplate: api-integration\nenvironments:\n  - sandbox\n  - production\nstatus: draft\n---\n\n# Refunds\n';
  const outline = specOutline(builtIn, readSpecDocument(text));
  expect([2, 3, 4, 5, 6].map((line) => targetAt(outline, line))).toEqual([
    { kind: 'frontmatter', key: 'template' },
    { kind: 'frontmatter', key: 'environments' },
    { kind: 'frontmatter', key: 'environments' },
    { kind: 'frontmatter', key: 'environments' },
    { kind: 'frontmatter', key: 'status' },
  ]);
  expect(targetAt(outline, 9)).toEqual({ kind: 'title' });
});
