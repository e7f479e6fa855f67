import { shownText } from '@specmark/schema/text';
import { stringifyJson } from './json-text.ts';
import { totals, type ReportInput } from './report-input.ts';
import { shownResults } from './shown-results.ts';

/**
 * The JSON reporter. Its shape is stable (documented in the README):
 * `{version: 1, tool: {name, version}, fileCount, errorCount, warningCount, suppressedCount,
 * files: [{path, messages: [{ruleId, source, severity, message, line, column, endLine, endColumn,
 * url, note, messageId, data}], errorCount, warningCount, suppressedMessages: [same]}], unusedSuppressions: [{path,
 * ruleId, count, missing}]}`; no syntax tree, no stack. Suppressed errors are listed apart, in
 * `suppressedMessages`, and are not counted in `errorCount`. Texts keep their control characters,
 * written as JSON escapes (`\u001b`, `\u009b`, `\u202e`), so the JSON reads back exactly; runs
 * that look like secrets are redacted.
 *
 * @param input The results.
 * @returns The JSON text, ending with a line break.
 */
export function jsonReporter(input: ReportInput): string {
  const report = {
    version: 1,
    tool: { name: 'specmark', version: input.version },
    fileCount: input.files.length,
    ...totals(input.files),
    files: shownResults(input.files, { keepControls: true }),
    unusedSuppressions: (input.unusedSuppressions ?? []).map((entry) => ({
      ...entry,
      path: shownText(entry.path, { keepControls: true }),
      ruleId: shownText(entry.ruleId, { keepControls: true }),
    })),
  };
  return stringifyJson(report);
}
