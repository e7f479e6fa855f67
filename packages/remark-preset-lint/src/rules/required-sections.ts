import { planRepairs } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { causeMessage, report, reportRepair } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `required-sections`. */
export type RequiredSectionsOptions = TemplateOptions;

/** The messages of `required-sections`, by id. */
const messages = defineMessages({
  'missing-title': 'Unexpected missing title, expected a `#` heading naming the feature',
  'heading-level': 'Unexpected heading level {{from}} for {{kind}} `{{title}}`, expected level {{to}} (`{{hashes}} {{title}}`)',
  'missing-section-with-fields': 'Unexpected missing section `{{section}}` and its fields {{fields}}, expected `## {{section}}`',
  'missing-section': 'Unexpected missing section `{{section}}`, expected `## {{section}}` before its fields',
  'missing-field': 'Unexpected missing field `{{field}}`, expected `### {{field}}` in section `{{section}}`',
  'second-heading': 'Unexpected second `{{title}}` heading, expected each {{kind}} of the template once',
  'first-heading': 'First `{{title}}` heading',
});

/** The `required-sections` rule. What it checks, with examples: `./required-sections.docs.ts` (https://specmark.dev/rules/required-sections/). */
const requiredSections = createRule<RequiredSectionsOptions>({
  id: 'required-sections',
  severity: 'error',
  messages,
  check({ file, document, template, reading }) {
    if (!template || !reading) return;
    const fieldsOf = (slug: string) => template.sections.find((section) => section.slug === slug)?.fields ?? [];
    for (const repair of planRepairs(reading)) {
      const { params } = repair;
      if (repair.code === 'title-added') {
        reportRepair(file, document, messages['missing-title'], {}, repair);
      } else if (repair.code === 'heading-level') {
        const data = { from: String(params.from), kind: String(params.kind), title: String(params.title), to: String(params.to), hashes: '#'.repeat(Number(params.to)) };
        reportRepair(file, document, messages['heading-level'], data, repair);
      } else if (repair.code === 'section-added') {
        const fields = params.withFields ? fieldsOf(repair.target.slice('section:'.length)) : [];
        const section = String(params.section);
        if (fields.length > 0) reportRepair(file, document, messages['missing-section-with-fields'], { section, fields: fields.map((field) => '`' + field.title + '`').join(', ') }, repair);
        else reportRepair(file, document, messages['missing-section'], { section }, repair);
      } else if (repair.code === 'field-added') {
        reportRepair(file, document, messages['missing-field'], { field: String(params.field), section: String(params.section) }, repair);
      }
    }
    for (const entry of reading.entries) {
      if (!entry.repeat) continue;
      const first = reading.byKey.get(entry.step.key);
      const cause = causeMessage('required-sections', messages['first-heading'], { title: entry.step.title }, first?.heading.position);
      report(file, messages['second-heading'], { title: entry.step.title, kind: entry.step.kind }, entry.heading, cause ? { cause } : {});
    }
  },
});

export default requiredSections;
