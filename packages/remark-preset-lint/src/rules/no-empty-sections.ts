import { isContent } from '../lib/content.ts';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `no-empty-sections`. */
export type NoEmptySectionsOptions = TemplateOptions;

/**
 * `no-empty-sections`: every field of the template that the spec has, has content (HTML comments
 * and MDX imports, exports and JSX do not count). Warnings in a `draft`, errors from `review` on.
 */
const noEmptySections = createRule<NoEmptySectionsOptions>({
  id: 'no-empty-sections',
  severity: 'status',
  check({ file, reading }) {
    if (!reading) return;
    for (const entry of reading.entries) {
      if (entry.step.kind !== 'field' || entry.repeat) continue;
      if (entry.body.some(isContent)) continue;
      report(file, `Unexpected empty field \`${entry.step.title}\`, expected content after the heading`, entry.heading);
    }
  },
});

export default noEmptySections;
