import { VFileMessage } from 'vfile-message';
import { createRule } from '../lib/create-rule.ts';
import { fieldMarkdown, insertionFor } from '../lib/insertion.ts';
import { report } from '../lib/report.ts';
import { specOutline, type OutlineStep } from '../lib/spec-outline.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `required-sections`. */
export type RequiredSectionsOptions = TemplateOptions;

/** The `required-sections` rule. What it checks, with examples: `./required-sections.docs.ts` (https://specmark.dev/rules/required-sections/). */
const requiredSections = createRule<RequiredSectionsOptions>({
  id: 'required-sections',
  severity: 'error',
  check({ tree, file, template, source }) {
    if (!template) return;
    const outline = specOutline(tree, template);
    const lead = (atEnd: boolean): string => (atEnd && !source.endsWith('\n\n') ? (source.endsWith('\n') || source === '' ? '\n' : '\n\n') : '');

    if (!outline.title) {
      const first = tree.children.find((node) => node.type !== 'yaml');
      const point = first?.position?.start ?? tree.position?.end;
      report(file, 'Unexpected missing title, expected a `#` heading naming the feature', point, { expected: [`# ${template.titlePrompt}\n\n`] });
    }

    for (const step of outline.steps) {
      const entry = outline.byKey.get(step.key);
      if (entry) {
        if (entry.heading.depth !== step.depth) {
          report(
            file,
            `Unexpected heading level ${entry.heading.depth} for ${step.kind} \`${step.title}\`, expected level ${step.depth} (\`${'#'.repeat(step.depth)} ${step.title}\`)`,
            entry.heading,
            { expected: [`${'#'.repeat(step.depth)} ${step.title}`] },
          );
        }
        continue;
      }
      if (step.kind === 'field' && !outline.byKey.has(`section:${step.section.slug}`) && !sectionHasAnyField(outline.byKey, step)) continue;
      const { point, atEnd } = insertionFor(tree, outline, step);
      if (step.kind === 'section') {
        const fields = outline.steps.filter((item) => item.kind === 'field' && item.section === step.section);
        const allMissing = fields.every((field) => !outline.byKey.has(field.key));
        const text = `## ${step.title}\n\n` + (allMissing ? fields.map(fieldMarkdown).join('') : '');
        const reason = allMissing
          ? `Unexpected missing section \`${step.title}\` and its fields ${fields.map((field) => '`' + field.title + '`').join(', ')}, expected \`## ${step.title}\``
          : `Unexpected missing section \`${step.title}\`, expected \`## ${step.title}\` before its fields`;
        report(file, reason, point, { expected: [lead(atEnd) + text] });
      } else {
        report(file, `Unexpected missing field \`${step.title}\`, expected \`### ${step.title}\` in section \`${step.section.title}\``, point, {
          expected: [lead(atEnd) + fieldMarkdown(step)],
        });
      }
    }

    for (const entry of outline.entries) {
      if (!entry.repeat) continue;
      const first = outline.byKey.get(entry.step.key);
      const cause = first?.heading.position
        ? new VFileMessage(`First \`${entry.step.title}\` heading`, { place: first.heading.position, ruleId: 'required-sections', source: 'specmark' })
        : undefined;
      report(file, `Unexpected second \`${entry.step.title}\` heading, expected each ${entry.step.kind} of the template once`, entry.heading, cause ? { cause } : {});
    }
  },
});

/** Whether any field of the step's section is present (a missing section's fields are reported with it otherwise). */
function sectionHasAnyField(byKey: Map<string, unknown>, step: OutlineStep): boolean {
  return step.section.fields.some((field) => byKey.has(`field:${field.slug}`));
}

export default requiredSections;
