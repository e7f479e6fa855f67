import type { LintMessage } from '../check/lint-message.ts';
import { totals, type ReportInput } from './report-input.ts';
import { shownResults } from './shown-results.ts';

const codes = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], underline: [4, 24], bold: [1, 22] } as const;

/** Wrap text in an ANSI style when colour is on. */
function paint(color: boolean, style: keyof typeof codes, text: string): string {
  const [open, close] = codes[style];
  return color ? `\u001B[${open}m${text}\u001B[${close}m` : text;
}

/** `n thing` or `n things`. */
function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`;
}

/** `line:column-endLine:endColumn`. */
function place(message: LintMessage): string {
  if (message.line === null) return '';
  const start = `${message.line}:${message.column ?? 1}`;
  return message.endLine === null ? start : `${start}-${message.endLine}:${message.endColumn ?? 1}`;
}

/**
 * The default, human reporter: problems grouped by file, one line each (place, severity, message,
 * rule), then a summary line, which ends with the count of suppressed errors when there are any
 * (`; 12 errors suppressed`). Colour only when asked for (on a terminal). Paths, messages and rule
 * ids are shown through `shownText`: secrets redacted, control characters escaped, so that only
 * the reporter's own colours reach the terminal.
 *
 * @param input The results.
 * @param options Whether to use colour.
 * @returns The report, ending with a line break.
 */
export function stylishReporter(input: ReportInput, options: { color: boolean }): string {
  const { color } = options;
  const lines: string[] = [];
  for (const file of shownResults(input.files)) {
    if (file.messages.length === 0) continue;
    const places = file.messages.map(place);
    const placeWidth = Math.max(...places.map((text) => text.length));
    const textWidth = Math.max(...file.messages.map((message) => message.message.length));
    lines.push(paint(color, 'underline', file.path));
    file.messages.forEach((message, index) => {
      const severity = message.severity.padEnd(7);
      const painted = message.severity === 'error' ? paint(color, 'red', severity) : message.severity === 'warning' ? paint(color, 'yellow', severity) : severity;
      const rule = message.ruleId ?? '';
      const text = rule === '' ? message.message : message.message.padEnd(textWidth);
      lines.push(`  ${places[index]!.padStart(placeWidth)}  ${painted}  ${text}${rule === '' ? '' : '  ' + paint(color, 'dim', rule)}`.trimEnd());
    });
    lines.push('');
  }
  const { errorCount, warningCount, suppressedCount } = totals(input.files);
  const problems = errorCount + warningCount;
  const checked = `${count(input.files.length, 'file')} checked`;
  const suppressed = suppressedCount === 0 ? '' : paint(color, 'dim', `; ${count(suppressedCount, 'error')} suppressed`);
  if (problems === 0) lines.push(paint(color, 'green', '✔') + ` ${checked}, no problems` + suppressed);
  else {
    const summary = `✖ ${count(problems, 'problem')} (${count(errorCount, 'error')}, ${count(warningCount, 'warning')}) in ${checked}`;
    lines.push(paint(color, errorCount > 0 ? 'red' : 'yellow', summary) + suppressed);
  }
  return lines.join('\n') + '\n';
}
