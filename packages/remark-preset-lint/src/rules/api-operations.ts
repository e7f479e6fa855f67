import { operationLabel } from '@specmark/api-description';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import { operationIn, specApi } from '../lib/spec-api.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip } from '../lib/text.ts';

/** Options of `api-operations`. */
export type ApiOperationsOptions = TemplateOptions;

/** `` `a`, `b` or `c` `` */
function oneOf(values: readonly string[]): string {
  const shown = values.map((value) => `\`${clip(value, 80)}\``);
  return shown.length < 2 ? shown.join('') : `one of ${shown.join(', ')}`;
}

/** The `api-operations` rule. What it checks, with examples: `./api-operations.docs.ts` (https://specmark.dev/rules/api-operations/). */
const apiOperations = createRule<ApiOperationsOptions>({
  id: 'api-operations',
  severity: 'error',
  async check({ file, document }) {
    const spec = await specApi(file, document);
    if (!spec) return;
    const { api, result } = spec;
    const description = `\`${clip(api.description, 80)}\``;
    if (!result.ok) {
      const { message, line, column } = result.problem;
      const where = line === undefined ? '' : ` (line ${line}${column === undefined ? '' : `, column ${column}`} of ${description})`;
      report(file, `${message}${where}`, api.descriptionPlace, { actual: api.description });
      return;
    }
    const index = result.value;
    for (const { written, place } of api.operations) {
      const found = operationIn(index, written);
      if (!found.found) {
        const wanted = found.nearest.length === 0 ? `an operation it documents (it documents none)` : oneOf(found.nearest);
        report(file, `Unexpected operation \`${clip(written, 80)}\` that ${description} lacks, expected ${wanted}`, place, {
          actual: written,
          ...(found.nearest.length > 0 ? { expected: found.nearest } : {}),
        });
        continue;
      }
      const { operation } = found;
      if (!operation.deprecated) continue;
      const label = `\`${clip(operationLabel(operation), 80)}\``;
      if (operation.replacement) {
        report(file, `Unexpected deprecated operation ${label}, expected its replacement \`${clip(operation.replacement, 80)}\``, place, {
          actual: written,
          expected: [operation.replacement],
          advisory: true,
        });
      } else {
        report(file, `Unexpected deprecated operation ${label}, expected an operation ${description} does not mark deprecated`, place, { actual: written, advisory: true });
      }
    }
  },
});

export default apiOperations;
