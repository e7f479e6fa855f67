import { itemRepair, matchItems } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { report, reportRepair } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `required-checklist-items`. */
export type RequiredChecklistItemsOptions = TemplateOptions;

/** The messages of `required-checklist-items`, by id. */
const messages = defineMessages({
  'missing-item': 'Unexpected missing item `{{item}}` in `{{field}}`, expected it, or struck through with the reason it does not apply',
  'waiver-without-reason': 'Unexpected waived item `{{item}}` without a reason, expected why it does not apply after `~~…~~`',
});

/** The `required-checklist-items` rule. What it checks, with examples: `./required-checklist-items.docs.ts` (https://specmark.dev/rules/required-checklist-items/). */
const requiredChecklistItems = createRule<RequiredChecklistItemsOptions>({
  id: 'required-checklist-items',
  severity: 'error',
  messages,
  check({ file, document, reading }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      const field = entry.step.field;
      if (field?.kind !== 'checklist' || entry.repeat) continue;
      for (const { item, index, found } of matchItems(reading, entry)) {
        if (item.prompt) continue;
        const repair = itemRepair(reading, field, index);
        if (!found && repair) {
          reportRepair(file, document, messages['missing-item'], { item: clip(item.text), field: field.title }, repair);
        } else if (found?.waiver && found.waiver.reason === '') {
          report(file, messages['waiver-without-reason'], { item: clip(item.text) }, found.node);
        }
      }
    }
  },
});

export default requiredChecklistItems;
