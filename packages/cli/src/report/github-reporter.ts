import type { LintMessage } from '../check/lint-message.ts';
import type { ReportInput } from './report-input.ts';
import { shownResults } from './shown-results.ts';

/** Escape a workflow command's message: `%`, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value: as data, plus `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow command of a severity. */
function command(message: LintMessage): string {
  return message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'notice';
}

/**
 * The GitHub Actions reporter: one workflow annotation per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), escaped as the
 * workflow command syntax requires. Paths, rule ids and messages are shown through `shownText`
 * first: secrets redacted, control characters (line breaks included) escaped as visible text.
 *
 * @param input The results.
 * @returns The annotations, one per line (empty when there are no messages).
 */
export function githubReporter(input: ReportInput): string {
  const lines: string[] = [];
  for (const file of shownResults(input.files)) {
    for (const message of file.messages) {
      const properties: [string, string | number | null][] = [
        ['file', file.path],
        ['line', message.line],
        ['col', message.column],
        ['endLine', message.endLine],
        ['endColumn', message.endColumn],
        ['title', message.ruleId === null ? 'specmark' : `specmark(${message.ruleId})`],
      ];
      const list = properties.filter(([, value]) => value !== null).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
      lines.push(`::${command(message)} ${list.join(',')}::${escapeData(message.message)}`);
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
