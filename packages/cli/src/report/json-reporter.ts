import { totals, type ReportInput } from './report-input.ts';

/**
 * The JSON reporter. Its shape is stable (documented in the README):
 * `{version: 1, tool: {name, version}, fileCount, errorCount, warningCount, files: [{path,
 * errorCount, warningCount, messages: [{ruleId, source, severity, message, line, column, endLine,
 * endColumn, url, note}]}]}`; no syntax tree, no stack.
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
    files: input.files,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
