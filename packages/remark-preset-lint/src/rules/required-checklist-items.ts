import { itemRepair, matchItems } from '@specmark/template';
import { createRule } from '../lib/create-rule.ts';
import { report, reportRepair } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip } from '../lib/text.ts';

/** Options of `required-checklist-items`. */
export type RequiredChecklistItemsOptions = TemplateOptions;

/** The `required-checklist-items` rule. What it checks, with examples: `./required-checklist-items.docs.ts` (https://specmark.dev/rules/required-checklist-items/). */
const requiredChecklistItems = createRule<RequiredChecklistItemsOptions>({
  id: 'required-checklist-items',
  severity: 'error',
  check({ file, document, reading }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      const field = entry.step.field;
      if (field?.kind !== 'checklist' || entry.repeat) continue;
      for (const { item, index, found } of matchItems(reading, entry)) {
        if (item.prompt) continue;
        const repair = itemRepair(reading, field, index);
        if (!found && repair) {
          reportRepair(file, document, `Unexpected missing item \`${clip(item.text)}\` in \`${field.title}\`, expected it, or struck through with the reason it does not apply`, repair);
        } else if (found?.waiver && found.waiver.reason === '') {
          report(file, `Unexpected waived item \`${clip(item.text)}\` without a reason, expected why it does not apply after \`~~…~~\``, found.node);
        }
      }
    }
  },
});

export default requiredChecklistItems;
