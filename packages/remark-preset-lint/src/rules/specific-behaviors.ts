import { answerUnits, topicExpectations, type AnswerNames, type AnswerTopic, type AnswerUnit } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { report } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `specific-behaviors`. */
export type SpecificBehaviorsOptions = TemplateOptions;

/** Whether an answer names what its topic asks for. */
const named: Readonly<Record<AnswerTopic, (names: AnswerNames) => boolean>> = {
  errors: (names) => names.statuses.length > 0 || names.codes.length > 0,
  'rate-limits': (names) => names.bounds.length > 0,
  webhooks: (names) => names.events.length > 0 || names.eventKinds.length > 0 || names.dedupKeys.length > 0 || names.orderRules.length > 0,
};

/** The messages of `specific-behaviors`, by id. */
const messages = defineMessages({
  'unspecific-behavior': 'Unexpected {{behavior}} without {{lacks}}, expected {{expected}}',
});

/** The `specific-behaviors` rule. What it checks, with examples: `./specific-behaviors.docs.ts` (https://specmark.dev/rules/specific-behaviors/). */
const specificBehaviors = createRule<SpecificBehaviorsOptions>({
  id: 'specific-behaviors',
  severity: 'status',
  messages,
  check({ file, reading }) {
    if (!reading) return;
    // Indexed loops: see `answerUnits`.
    const units = answerUnits(reading);
    for (let index = 0; index < units.length; index++) {
      const unit = units[index]!;
      if (unit.kind !== 'frame' && unit.kind !== 'question') continue;
      // An answer with no content at all is `no-hollow-answers`' to report; a frame whose outcome
      // alone is hollow still lacks what its condition should name.
      if (hasHollowCondition(unit)) continue;
      const { topics } = unit;
      for (let at = 0; at < topics.length; at++) {
        const topic = topics[at]!;
        if (unit.namesPass(named[topic])) continue;
        const { behavior, lacks, expected } = topicExpectations[topic];
        report(file, messages['unspecific-behavior'], { behavior, lacks, expected }, unit.node);
      }
    }
  },
});

/** Whether a part a unit's topics are judged by is hollow: every part of a frame but its outcome, or the one answer. */
function hasHollowCondition(unit: AnswerUnit): boolean {
  const judged = unit.parts.length > 1 ? unit.parts.length - 1 : 1;
  for (let index = 0; index < judged; index++) if (unit.hollowPart(index)) return true;
  return false;
}

export default specificBehaviors;
