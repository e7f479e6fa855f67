import { itemRepair, matchItems } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { report, reportRepair } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `questions-answered`. */
export type QuestionsAnsweredOptions = TemplateOptions;

/** The messages of `questions-answered`, by id. */
const messages = defineMessages({
  'missing-question': 'Unexpected missing question `{{question}}`, expected it in `{{field}}` with an answer',
  'unanswered-question': 'Unexpected unanswered question `{{question}}`, expected an answer after it',
});

/** The `questions-answered` rule. What it checks, with examples: `./questions-answered.docs.ts` (https://specmark.dev/rules/questions-answered/). */
const questionsAnswered = createRule<QuestionsAnsweredOptions>({
  id: 'questions-answered',
  severity: 'status',
  messages,
  check({ file, document, reading }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      const field = entry.step.field;
      if (field?.kind !== 'questions' || entry.repeat) continue;
      for (const { item, index, found } of matchItems(reading, entry)) {
        const repair = itemRepair(reading, field, index);
        if (!found && repair) {
          reportRepair(file, document, messages['missing-question'], { question: clip(item.text), field: field.title }, repair);
        } else if (found && found.question?.answer === '') {
          report(file, messages['unanswered-question'], { question: clip(item.text) }, found.node);
        }
      }
    }
  },
});

export default questionsAnswered;
