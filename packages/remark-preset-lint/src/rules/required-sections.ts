import { planRepairs } from '@specmark/template';
import { VFileMessage } from 'vfile-message';
import { createRule } from '../lib/create-rule.ts';
import { report, reportRepair } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `required-sections`. */
export type RequiredSectionsOptions = TemplateOptions;

/** The `required-sections` rule. What it checks, with examples: `./required-sections.docs.ts` (https://specmark.dev/rules/required-sections/). */
const requiredSections = createRule<RequiredSectionsOptions>({
  id: 'required-sections',
  severity: 'error',
  check({ file, document, template, reading }) {
    if (!template || !reading) return;
    const fieldsOf = (slug: string) => template.sections.find((section) => section.slug === slug)?.fields ?? [];
    for (const repair of planRepairs(reading)) {
      const { params } = repair;
      if (repair.code === 'title-added') {
        reportRepair(file, document, 'Unexpected missing title, expected a `#` heading naming the feature', repair);
      } else if (repair.code === 'heading-level') {
        const wanted = '#'.repeat(Number(params.to));
        reportRepair(file, document, `Unexpected heading level ${params.from} for ${params.kind} \`${params.title}\`, expected level ${params.to} (\`${wanted} ${params.title}\`)`, repair);
      } else if (repair.code === 'section-added') {
        const fields = params.withFields ? fieldsOf(repair.target.slice('section:'.length)) : [];
        const reason =
          fields.length > 0
            ? `Unexpected missing section \`${params.section}\` and its fields ${fields.map((field) => '`' + field.title + '`').join(', ')}, expected \`## ${params.section}\``
            : `Unexpected missing section \`${params.section}\`, expected \`## ${params.section}\` before its fields`;
        reportRepair(file, document, reason, repair);
      } else if (repair.code === 'field-added') {
        reportRepair(file, document, `Unexpected missing field \`${params.field}\`, expected \`### ${params.field}\` in section \`${params.section}\``, repair);
      }
    }
    for (const entry of reading.entries) {
      if (!entry.repeat) continue;
      const first = reading.byKey.get(entry.step.key);
      const cause = first?.heading.position
        ? new VFileMessage(`First \`${entry.step.title}\` heading`, { place: first.heading.position, ruleId: 'required-sections', source: 'specmark' })
        : undefined;
      report(file, `Unexpected second \`${entry.step.title}\` heading, expected each ${entry.step.kind} of the template once`, entry.heading, cause ? { cause } : {});
    }
  },
});

export default requiredSections;
