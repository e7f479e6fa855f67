import { answerUnits, hollowExpectations, isPrompt } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { report } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `no-hollow-answers`. */
export type NoHollowAnswersOptions = TemplateOptions;

/** The messages of `no-hollow-answers`, by id. */
const messages = defineMessages({
  'hollow-answer': 'Unexpected {{hollow}} `{{text}}` to `{{question}}`, expected {{expected}}',
  'hollow-waiver-reason': 'Unexpected {{hollow}} `{{text}}` as the reason for waiving `{{item}}`, expected {{expected}}',
  'hollow-field-answer': 'Unexpected {{hollow}} `{{text}}` in `{{field}}`, expected {{expected}}',
});

/** The `no-hollow-answers` rule. What it checks, with examples: `./no-hollow-answers.docs.ts` (https://specmark.dev/rules/no-hollow-answers/). */
const noHollowAnswers = createRule<NoHollowAnswersOptions>({
  id: 'no-hollow-answers',
  severity: 'status',
  messages,
  check({ file, reading }) {
    if (!reading) return;
    // Indexed loops: see `answerUnits`.
    const units = answerUnits(reading);
    for (let at = 0; at < units.length; at++) {
      const unit = units[at]!;
      for (let index = 0; index < unit.parts.length; index++) {
        if (isPrompt(unit.parts[index]!)) continue;
        const hollow = unit.hollowPart(index);
        if (!hollow) continue;
        const { actual: kind, expected } = hollowExpectations[hollow.kind];
        const data = { hollow: kind, text: clip(hollow.text, 40), expected };
        const extra = { actual: hollow.text };
        if (unit.kind === 'question' || unit.kind === 'open-question') report(file, messages['hollow-answer'], { ...data, question: clip(unit.question ?? '', 50) }, unit.node, extra);
        else if (unit.kind === 'waiver') report(file, messages['hollow-waiver-reason'], { ...data, item: clip(unit.question ?? '', 40) }, unit.node, extra);
        else report(file, messages['hollow-field-answer'], { ...data, field: unit.field.title }, unit.node, extra);
        break;
      }
    }
  },
});

export default noHollowAnswers;
