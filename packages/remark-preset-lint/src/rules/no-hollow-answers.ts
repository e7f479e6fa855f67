import { answerUnits, hollowAnswer, hollowExpectations, isPrompt, type AnswerUnit } from '@specmark/template';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip } from '../lib/text.ts';

/** Options of `no-hollow-answers`. */
export type NoHollowAnswersOptions = TemplateOptions;

/** The `no-hollow-answers` rule. What it checks, with examples: `./no-hollow-answers.docs.ts` (https://specmark.dev/rules/no-hollow-answers/). */
const noHollowAnswers = createRule<NoHollowAnswersOptions>({
  id: 'no-hollow-answers',
  severity: 'status',
  check({ file, reading }) {
    if (!reading) return;
    for (const unit of answerUnits(reading)) {
      const question = unit.kind === 'question' || unit.kind === 'open-question' ? unit.question : undefined;
      for (const part of unit.parts) {
        if (isPrompt(part)) continue;
        const hollow = hollowAnswer(part, question);
        if (!hollow) continue;
        const { actual, expected } = hollowExpectations[hollow.kind];
        report(file, `Unexpected ${actual} \`${clip(hollow.text, 40)}\` ${where(unit)}, expected ${expected}`, unit.node, { actual: hollow.text });
        break;
      }
    }
  },
});

/** Where an answer is, for a message: the question it answers, or its field. */
function where(unit: AnswerUnit): string {
  if (unit.kind === 'question' || unit.kind === 'open-question') return `to \`${clip(unit.question ?? '', 50)}\``;
  if (unit.kind === 'waiver') return `as the reason for waiving \`${clip(unit.question ?? '', 40)}\``;
  return `in \`${unit.field.title}\``;
}

export default noHollowAnswers;
