import { readQuestion } from '@specmark/template';
import { appendFix } from '../lib/append-fix.ts';
import { createRule } from '../lib/create-rule.ts';
import { fieldItems } from '../lib/list-items.ts';
import { report } from '../lib/report.ts';
import { specOutline } from '../lib/spec-outline.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip, comparable } from '../lib/text.ts';

/** Options of `questions-answered`. */
export type QuestionsAnsweredOptions = TemplateOptions;

/** The `questions-answered` rule. What it checks, with examples: `./questions-answered.docs.ts` (https://specmark.dev/rules/questions-answered/). */
const questionsAnswered = createRule<QuestionsAnsweredOptions>({
  id: 'questions-answered',
  severity: 'status',
  check({ tree, file, template, source }) {
    if (!template) return;
    for (const entry of specOutline(tree, template).entries) {
      const field = entry.step.field;
      if (field?.kind !== 'questions' || entry.repeat) continue;
      const items = fieldItems(source, entry.body).map((item) => {
        const question = readQuestion(item.markdown);
        return { ...item, ...question, key: comparable(question.question) };
      });
      const lastList = [...entry.body].reverse().find((block) => block.type === 'list');
      for (const question of field.items) {
        const key = comparable(question.text);
        const found = items.find((item) => item.key === key);
        if (!found) {
          const fix = appendFix(source, lastList ?? entry.heading, lastList ? `\n- **${question.text}** ` : `\n\n- **${question.text}** `);
          report(file, `Unexpected missing question \`${clip(question.text)}\`, expected it in \`${field.title}\` with an answer`, fix?.place, fix ? { expected: fix.expected } : {});
        } else if (found.answer === '') {
          report(file, `Unexpected unanswered question \`${clip(question.text)}\`, expected an answer after it`, found.node);
        }
      }
    }
  },
});

export default questionsAnswered;
