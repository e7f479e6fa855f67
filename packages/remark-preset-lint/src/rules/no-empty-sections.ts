import { isContent } from '../lib/spec/content.ts';
import { createRule } from '../lib/rules/create-rule.ts';
import { report } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `no-empty-sections`. */
export type NoEmptySectionsOptions = TemplateOptions;

/** The messages of `no-empty-sections`, by id. */
const messages = defineMessages({
  'empty-field': 'Unexpected empty field `{{field}}`, expected content after the heading',
});

/** The `no-empty-sections` rule. What it checks, with examples: `./no-empty-sections.docs.ts` (https://specmark.dev/rules/no-empty-sections/). */
const noEmptySections = createRule<NoEmptySectionsOptions>({
  id: 'no-empty-sections',
  severity: 'status',
  messages,
  check({ file, reading }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      if (entry.step.kind !== 'field' || entry.repeat) continue;
      if (entry.body.some(isContent)) continue;
      report(file, messages['empty-field'], { field: entry.step.title }, entry.heading);
    }
  },
});

export default noEmptySections;
