import type { OutlineEntry } from '@specmark/template';
import { VFileMessage } from 'vfile-message';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `section-order`. */
export type SectionOrderOptions = TemplateOptions;

/** The `section-order` rule. What it checks, with examples: `./section-order.docs.ts` (https://specmark.dev/rules/section-order/). */
const sectionOrder = createRule<SectionOrderOptions>({
  id: 'section-order',
  severity: 'error',
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
      const actual = before ? `${label(entry)} after ${label(before)}` : `${label(entry)} first`;
      if (follow) {
        const cause = follow.heading.position
          ? new VFileMessage(`${label(follow)} is here`, { place: follow.heading.position, ruleId: 'section-order', source: 'specmark' })
          : undefined;
        report(file, `Unexpected ${actual}, expected it after ${label(follow)}`, entry.heading, cause ? { cause } : {});
      } else {
        const next = [...kept].find((other) => other.step.index > entry.step.index);
        const cause = title?.position ? new VFileMessage('The title is here', { place: title.position, ruleId: 'section-order', source: 'specmark' }) : undefined;
        const where = next ? `before ${label(next)}` : 'first';
        report(file, `Unexpected ${actual}, expected it ${title ? 'right after the title, ' : ''}${where}`, entry.heading, cause ? { cause } : {});
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
