import type { OutlineEntry } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { causeMessage, report } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `section-order`. */
export type SectionOrderOptions = TemplateOptions;

/** The messages of `section-order`, by id. */
const messages = defineMessages({
  'out-of-order': 'Unexpected {{heading}} {{position}}, expected it after {{follows}}',
  'out-of-order-first': 'Unexpected {{heading}} {{position}}, expected it right after the title, {{where}}',
  'out-of-order-untitled': 'Unexpected {{heading}} {{position}}, expected it {{where}}',
  'heading-here': '{{heading}} is here',
  'title-here': 'The title is here',
});

/** The `section-order` rule. What it checks, with examples: `./section-order.docs.ts` (https://specmark.dev/rules/section-order/). */
const sectionOrder = createRule<SectionOrderOptions>({
  id: 'section-order',
  severity: 'error',
  messages,
  check({ file, reading }) {
    if (!reading) return;
    const entries = reading.entries.filter((entry) => !entry.repeat);
    const kept = new Set(longestInOrder(entries));
    const label = (entry: OutlineEntry): string => `\`${'#'.repeat(entry.step.depth)} ${entry.step.title}\``;

    entries.forEach((entry, position) => {
      if (kept.has(entry)) return;
      const before = entries[position - 1];
      const follow = [...kept].filter((other) => other.step.index < entry.step.index).pop();
      const title = reading.title;
      const actual = { heading: label(entry), position: before ? `after ${label(before)}` : 'first' };
      if (follow) {
        const cause = causeMessage('section-order', messages['heading-here'], { heading: label(follow) }, follow.heading.position);
        report(file, messages['out-of-order'], { ...actual, follows: label(follow) }, entry.heading, cause ? { cause } : {});
      } else {
        const next = [...kept].find((other) => other.step.index > entry.step.index);
        const cause = causeMessage('section-order', messages['title-here'], {}, title?.position);
        const where = next ? `before ${label(next)}` : 'first';
        report(file, messages[title ? 'out-of-order-first' : 'out-of-order-untitled'], { ...actual, where }, entry.heading, cause ? { cause } : {});
      }
    });
  },
});

/** The longest subsequence of entries whose template order increases (patience sorting). */
function longestInOrder(entries: readonly OutlineEntry[]): OutlineEntry[] {
  const tails: number[] = [];
  const previous: number[] = [];
  entries.forEach((entry, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((entries[tails[middle] as number] as OutlineEntry).step.index < entry.step.index) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = index;
  });
  const result: OutlineEntry[] = [];
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index] as number) result.unshift(entries[index] as OutlineEntry);
  return result;
}

export default sectionOrder;
