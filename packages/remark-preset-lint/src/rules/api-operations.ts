import { operationLabel } from '@specmark/api-description';
import { createRule } from '../lib/rules/create-rule.ts';
import { report } from '../lib/rules/report.ts';
import { operationIn, specApi } from '../lib/api/spec-api.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `api-operations`. */
export type ApiOperationsOptions = TemplateOptions;

/** `` `a`, `b` or `c` `` */
function oneOf(values: readonly string[]): string {
  const shown = values.map((value) => `\`${clip(value, 80)}\``);
  return shown.length < 2 ? shown.join('') : `one of ${shown.join(', ')}`;
}

/** The messages of `api-operations`, by id. */
const messages = defineMessages({
  'unreadable-description': '{{reason}}',
  'unreadable-description-line': '{{reason}} (line {{line}} of {{description}})',
  'unreadable-description-place': '{{reason}} (line {{line}}, column {{column}} of {{description}})',
  'unknown-operation': 'Unexpected operation `{{operation}}` that {{description}} lacks, expected {{nearest}}',
  'unknown-operation-none': 'Unexpected operation `{{operation}}` that {{description}} lacks, expected an operation it documents (it documents none)',
  'deprecated-operation': 'Unexpected deprecated operation {{operation}}, expected its replacement `{{replacement}}`',
  'deprecated-operation-no-replacement': 'Unexpected deprecated operation {{operation}}, expected an operation {{description}} does not mark deprecated',
});

/** The `api-operations` rule. What it checks, with examples: `./api-operations.docs.ts` (https://specmark.dev/rules/api-operations/). */
const apiOperations = createRule<ApiOperationsOptions>({
  id: 'api-operations',
  severity: 'error',
  messages,
  async check({ file, document }) {
    const spec = await specApi(file, document);
    if (!spec) return;
    const { api, result } = spec;
    const description = `\`${clip(api.description, 80)}\``;
    if (!result.ok) {
      const { message: reason, line, column } = result.problem;
      const extra = { actual: api.description };
      if (line === undefined) report(file, messages['unreadable-description'], { reason }, api.descriptionPlace, extra);
      else if (column === undefined) report(file, messages['unreadable-description-line'], { reason, line, description }, api.descriptionPlace, extra);
      else report(file, messages['unreadable-description-place'], { reason, line, column, description }, api.descriptionPlace, extra);
      return;
    }
    const index = result.value;
    for (const { written, place } of api.operations) {
      const found = operationIn(index, written);
      if (!found.found) {
        const data = { operation: clip(written, 80), description };
        if (found.nearest.length === 0) report(file, messages['unknown-operation-none'], data, place, { actual: written });
        else report(file, messages['unknown-operation'], { ...data, nearest: oneOf(found.nearest) }, place, { actual: written, expected: found.nearest });
        continue;
      }
      const { operation } = found;
      if (!operation.deprecated) continue;
      const label = `\`${clip(operationLabel(operation), 80)}\``;
      if (operation.replacement) {
        report(file, messages['deprecated-operation'], { operation: label, replacement: clip(operation.replacement, 80) }, place, {
          actual: written,
          expected: [operation.replacement],
          advisory: true,
        });
      } else {
        report(file, messages['deprecated-operation-no-replacement'], { operation: label, description }, place, { actual: written, advisory: true });
      }
    }
  },
});

export default apiOperations;
