import { readWaiver } from '@specmark/template';
import { appendFix } from '../lib/append-fix.ts';
import { createRule } from '../lib/create-rule.ts';
import { fieldItems } from '../lib/list-items.ts';
import { report } from '../lib/report.ts';
import { specOutline } from '../lib/spec-outline.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip, comparable } from '../lib/text.ts';

/** Options of `required-checklist-items`. */
export type RequiredChecklistItemsOptions = TemplateOptions;

/** The `required-checklist-items` rule. What it checks, with examples: `./required-checklist-items.docs.ts` (https://specmark.dev/rules/required-checklist-items/). */
const requiredChecklistItems = createRule<RequiredChecklistItemsOptions>({
  id: 'required-checklist-items',
  severity: 'error',
  check({ tree, file, template, source }) {
    if (!template) return;
    for (const entry of specOutline(tree, template).entries) {
      const field = entry.step.field;
      if (field?.kind !== 'checklist' || entry.repeat) continue;
      const required = field.items.filter((item) => !item.prompt);
      if (required.length === 0) continue;
      const items = fieldItems(source, entry.body).map((item) => {
        const waiver = readWaiver(item.markdown);
        return { ...item, waiver, key: comparable(waiver ? waiver.item : item.markdown) };
      });
      const lastList = [...entry.body].reverse().find((block) => block.type === 'list');
      for (const want of required) {
        const key = comparable(want.text);
        const found = items.find((item) => item.key === key);
        if (!found) {
          const fix = appendFix(source, lastList ?? entry.heading, lastList ? `\n- [ ] ${want.text}` : `\n\n- [ ] ${want.text}`);
          report(file, `Unexpected missing item \`${clip(want.text)}\` in \`${field.title}\`, expected it, or struck through with the reason it does not apply`, fix?.place, fix ? { expected: fix.expected } : {});
        } else if (found.waiver && found.waiver.reason === '') {
          report(file, `Unexpected waived item \`${clip(want.text)}\` without a reason, expected why it does not apply after \`~~…~~\``, found.node);
        }
      }
    }
  },
});

export default requiredChecklistItems;
