import { structuredPatch } from 'diff';
import type { VFileMessage } from 'vfile-message';

/**
 * Apply a lint message's quick fix the way the language server behind vscode-remark
 * (unified-language-server) does: replace the message's range — lines and columns, a point being
 * an empty range — with its one `expected` value, in the text an editor holds (without the byte
 * order mark, which editors keep apart; it is put back).
 *
 * @param text The file's text.
 * @param message A message with exactly one `expected` value and a place.
 * @returns The text with the edit applied.
 */
export function applyQuickFix(text: string, message: VFileMessage): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = text.slice(bom.length);
  const place = message.place;
  if (!place || message.expected?.length !== 1) throw new Error(`no quick fix on ${message.reason}`);
  const start = 'start' in place ? place.start : place;
  const end = 'start' in place ? place.end : place;
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) starts.push(match.index + match[0].length);
  const offset = (point: { line: number; column: number }): number => (starts[point.line - 1] ?? body.length) + point.column - 1;
  return bom + body.slice(0, offset(start)) + message.expected[0] + body.slice(offset(end));
}

/**
 * The quick fixes a linted file offers: its messages with exactly one `expected` value (an editor
 * marks those as the preferred fix).
 *
 * @param messages The file's messages.
 * @returns Those messages.
 */
export function quickFixes(messages: readonly VFileMessage[]): VFileMessage[] {
  return messages.filter((message) => message.expected?.length === 1 && message.place);
}

/**
 * What edits changed a text, as rule docs write it (`repaired` of a rule example): the hunks of a
 * unified diff with one line of context, `@@ -line,count +line,count @@` then the lines marked
 * ` `, `-` or `+`, each line without trailing spaces.
 *
 * @param before The text before the edits.
 * @param after The text after them.
 * @returns The hunks, one line each, ending with a line break.
 */
export function editsAsDiff(before: string, after: string): string {
  const { hunks } = structuredPatch('before', 'after', before, after, '', '', { context: 1 });
  const lines = hunks.flatMap((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines]);
  return lines.map((line) => line.trimEnd()).join('\n') + '\n';
}
