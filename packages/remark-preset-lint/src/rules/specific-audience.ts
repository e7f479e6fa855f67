import { isPrompt, matchKey } from '@specmark/template';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isContent } from '../lib/spec/content.ts';
import { createRule } from '../lib/rules/create-rule.ts';
import { report } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip, spanOf } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `specific-audience`. */
export interface SpecificAudienceOptions extends TemplateOptions {
  /**
   * Audiences too vague on their own (default: the template's `fields.<slug>.vagueAudiences`; the
   * rule checks the fields whose template options have that list).
   */
  vagueAudiences?: string[];
}

/** Words that join audiences without naming one. */
const glue = new Set(['and', 'or', 'of', 'our', 'all', 'the', 'any', 'every', 'other', 'a', 'an', 'its', 'their', 'for', 'i', 'e']);

/** The messages of `specific-audience`, by id. */
const messages = defineMessages({
  'vague-audience': 'Unexpected vague audience `{{audience}}` in `{{field}}`, expected a named persona, role or service (such as “finance admins” or “the billing service”)',
});

/** The `specific-audience` rule. What it checks, with examples: `./specific-audience.docs.ts` (https://specmark.dev/rules/specific-audience/). */
const specificAudience = createRule<SpecificAudienceOptions>({
  id: 'specific-audience',
  severity: 'error',
  messages,
  options(raw) {
    const { vagueAudiences, ...rest } = raw;
    if (vagueAudiences !== undefined && !(Array.isArray(vagueAudiences) && vagueAudiences.every((item) => typeof item === 'string'))) {
      throw new Error(`Unexpected \`vagueAudiences\` value \`${JSON.stringify(vagueAudiences)}\`, expected a list of strings`);
    }
    return vagueAudiences === undefined ? rest : { ...rest, vagueAudiences: vagueAudiences as string[] };
  },
  check({ file, reading, options }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      const field = entry.step.field;
      const fromTemplate = field?.options.vagueAudiences;
      if (!field || entry.repeat || !Array.isArray(fromTemplate)) continue;
      const vague = (options.vagueAudiences ?? fromTemplate.filter((item): item is string => typeof item === 'string')).map((item) => matchKey(item)).filter((item) => item !== '');
      const blocks = entry.body.filter(isContent);
      const units = blocks.flatMap((block): Nodes[] => (block.type === 'list' ? block.children : [block]));
      const texts = units.map((unit) => toString(unit).trim()).filter((text) => text !== '');
      if (texts.length === 0 || texts.some(isPrompt)) continue;
      if (!texts.every((text) => isVague(text, vague))) continue;
      report(file, messages['vague-audience'], { audience: clip(texts.join(', '), 40), field: field.title }, spanOf(blocks));
    }
  },
});

/** Whether a text names only vague audiences. */
function isVague(text: string, vague: readonly string[]): boolean {
  let rest = ` ${matchKey(text)} `;
  let found = false;
  for (const phrase of [...vague].sort((a, b) => b.length - a.length)) {
    const needle = ` ${phrase} `;
    while (rest.includes(needle)) {
      rest = rest.replace(needle, ' ');
      found = true;
    }
  }
  return found && rest.split(' ').every((word) => word === '' || glue.has(word));
}

export default specificAudience;
