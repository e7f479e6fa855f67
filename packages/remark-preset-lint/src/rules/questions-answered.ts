import { itemRepair, matchItems } from '@specmark/template';
import { createRule } from '../lib/create-rule.ts';
import { report, reportRepair } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip } from '../lib/text.ts';

/** Options of `questions-answered`. */
export type QuestionsAnsweredOptions = TemplateOptions;

/** The `questions-answered` rule. What it checks, with examples: `./questions-answered.docs.ts` (https://specmark.dev/rules/questions-answered/). */
const questionsAnswered = createRule<QuestionsAnsweredOptions>({
  id: 'questions-answered',
  severity: 'status',
  check({ file, document, reading }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      const field = entry.step.field;
      if (field?.kind !== 'questions' || entry.repeat) continue;
      for (const { item, index, found } of matchItems(reading, entry)) {
        const repair = itemRepair(reading, field, index);
        if (!found && repair) {
          reportRepair(file, document, `Unexpected missing question \`${clip(item.text)}\`, expected it in \`${field.title}\` with an answer`, repair);
        } else if (found && found.question?.answer === '') {
          report(file, `Unexpected unanswered question \`${clip(item.text)}\`, expected an answer after it`, found.node);
        }
      }
    }
  },
});

export default questionsAnswered;
