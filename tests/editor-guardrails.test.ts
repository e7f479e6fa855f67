import fc from 'fast-check';
import preset, { messageIdentity } from '@specmark/remark-preset-lint';
import { chooseTemplate, loadBuiltInTemplate, parseSpec, parseTemplate, readSpecDocument, type ChecklistAnswer, type Template } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { exampleTemplate } from '../packages/remark-preset-lint/src/lib/docs/example-template.ts';
import { clip } from '../packages/remark-preset-lint/src/lib/spec/text.ts';
import { checklistRows } from '../src/editor/model/checklist-rows.ts';
import { editableValue } from '../src/editor/model/field-values.ts';
import { formFields, toFormTemplate } from '../src/editor/model/form-template.ts';
import { specProgress } from '../src/editor/model/progress.ts';
import { specAnswers } from '../src/editor/model/spec-answers.ts';
import { damagedSpec } from './support/specs/damaged-spec.ts';

const builtIn = await loadBuiltInTemplate('api-integration');
const team = parseTemplate(exampleTemplate);
const templates = new Map<string, Template>([builtIn, team].map((template) => [template.id, template]));
const processor = remark().use(preset, { template: builtIn, templates: [team] }).freeze();

/** The messages `required-checklist-items` gives on a spec: the reason, and the item it names (clipped as messages clip it). */
async function reported(text: string): Promise<{ reason: string; item: string | undefined }[]> {
  const file = new VFile({ path: 'spec.md', value: text });
  await processor.run(processor.parse(file), file);
  return file.messages.filter((message) => message.ruleId === 'required-checklist-items').map((message) => ({ reason: message.reason, item: messageIdentity(message)?.data.item }));
}

// Import, then the form: its rows (with their waive controls) and its guardrail count, against lint.
test('the form’s guardrail rows and “guardrails kept” count are what `required-checklist-items` reports, whatever the case, punctuation or damage of an imported spec', { timeout: 120_000 }, async () => {
  let recased = 0;
  await fc.assert(
    fc.asyncProperty(damagedSpec([builtIn, team]), async (spec) => {
      const document = readSpecDocument(spec.text);
      // Lint leaves the guardrails alone until frontmatter it cannot read is mended.
      if (!document.frontmatter.readable) return;
      // The template every tool chooses: the one named, or the one a spec without frontmatter follows.
      const choice = chooseTemplate(document, [...templates.values()]);
      if (choice.status !== 'named' && choice.status !== 'lost') return;
      const template = choice.template;
      const form = toFormTemplate(template);
      const messages = await reported(spec.text);
      const shown = `${JSON.stringify({ template: template.id, damage: spec.damage, encoding: spec.encoding })}\n${messages.map((message) => message.reason).join('\n')}`;
      const { answers } = parseSpec(template, spec.text);
      let missing = 0;
      for (const field of formFields(form)) {
        if (field.kind !== 'checklist') continue;
        const required = field.items.filter((item) => !item.prompt).map((item) => item.text);
        const flagged = required.filter((item) => messages.some((message) => message.item === clip(item)));
        missing += flagged.length;
        // Each guardrail lint finds kept is one row of the form, with its waive control; a
        // guardrail lint reports is not kept there (absent, or waived without a reason).
        const rows = checklistRows(field, editableValue(field, answers.fields[field.slug]) as ChecklistAnswer[]);
        const kept = rows.flatMap((row) => (row.kind === 'required' && (!row.waived || row.reason !== '') ? [row.template] : []));
        expect(kept.toSorted(), `${field.slug} ${shown}`).toEqual(required.filter((item) => !flagged.includes(item)).toSorted());
        const templateRows = rows.flatMap((row) => (row.kind === 'required' ? [row.template] : []));
        expect(new Set(templateRows).size, `${field.slug} ${shown}`).toBe(templateRows.length);
        if (rows.some((row, index) => row.kind === 'required' && row.item !== row.template && (answers.fields[field.slug] as ChecklistAnswer[])[index]?.text === row.item)) recased++;
      }
      const { guardrails } = specProgress(form, specAnswers(form, answers));
      expect(guardrails.total - guardrails.kept, shown).toBe(missing);
      expect(missing, shown).toBe(messages.length);
    }),
    { numRuns: 200 },
  );
  // Guardrails written in other case or with a final mark came up: the property is not vacuous.
  expect(recased).toBeGreaterThan(10);
});
