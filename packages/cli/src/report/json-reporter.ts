import { stringifyJson } from './json-text.ts';
import { totals, type ReportInput } from './report-input.ts';
import { shownResults } from './shown-results.ts';

/**
 * The JSON reporter. Its shape is stable (documented in the README):
 * `{version: 1, tool: {name, version}, fileCount, errorCount, warningCount, files: [{path,
 * errorCount, warningCount, messages: [{ruleId, source, severity, message, line, column, endLine,
 * endColumn, url, note}]}]}`; no syntax tree, no stack. Texts keep their control characters,
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
  };
  return stringifyJson(report);
}
