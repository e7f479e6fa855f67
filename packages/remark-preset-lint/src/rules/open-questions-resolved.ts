import { statusAtLeast } from '@specmark/schema/values';
import { entryItems, readResolvedQuestion } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { rangeOf, report } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `open-questions-resolved`. */
export type OpenQuestionsResolvedOptions = TemplateOptions;

const uncheckedBox = /\[ \]/;

/** The messages of `open-questions-resolved`, by id. */
const messages = defineMessages({
  'open-question': 'Unexpected open question `{{question}}` in a spec with status `{{status}}`, expected it checked (`[x]`) with its answer',
  'unanswered-question': 'Unexpected unanswered question `{{question}}`, expected its answer after the `?`',
});

/** The `open-questions-resolved` rule. What it checks, with examples: `./open-questions-resolved.docs.ts` (https://specmark.dev/rules/open-questions-resolved/). */
const openQuestionsResolved = createRule<OpenQuestionsResolvedOptions>({
  id: 'open-questions-resolved',
  severity: 'error',
  messages,
  check({ file, document, reading }) {
    if (!reading) return;
    const status = document.frontmatter.entries.get('status')?.value;
    if (!statusAtLeast(status, 'approved')) return;
    for (const entry of reading.entries) {
      const field = entry.step.field;
      if (field?.kind !== 'checklist' || entry.repeat || !field.items.every((item) => item.prompt)) continue;
      for (const item of entryItems(reading, entry)) {
        const { question, answer } = readResolvedQuestion(item.text);
        if (item.checked !== true) {
          // Checking the box is the person's answer, not a fix: no quick fix is offered.
          const start = item.node.position?.start.offset;
          const box = start === undefined ? null : uncheckedBox.exec(document.text.slice(start, start + 12));
          const place = start !== undefined && box && item.checked === false ? rangeOf(document, start + box.index, start + box.index + 3) : item.node;
          report(file, messages['open-question'], { question: clip(question), status: String(status) }, place);
        } else if (answer === '') {
          report(file, messages['unanswered-question'], { question: clip(question) }, item.node);
        }
      }
    }
  },
});

export default openQuestionsResolved;
