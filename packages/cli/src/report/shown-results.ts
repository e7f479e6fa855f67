import { shownText, type ShownTextOptions } from '@specmark/schema/text';
import type { FileResult, LintMessage } from '../check/lint-message.ts';

/** A text or `null`, shown safely. */
function shown<T extends string | null>(text: T, options: ShownTextOptions): T {
  return (text === null ? null : shownText(text, options)) as T;
}

/**
 * Results as a reporter may print them: every text that comes from a file, its name or the
 * configuration (path, rule id, source, message, note, url, message id and data) passed through `shownText` from
 * `@specmark/schema`, so that no secret-looking run is printed and, unless `keepControls` is set
 * for a format that escapes them itself (JSON), no control character either. Messages read back
 * from the cache go through here like fresh ones.
 *
 * @param files The results.
 * @param options `keepControls: true` for JSON reporters (default: `{}`, escape them).
 * @returns The results with safe texts (numbers and severities unchanged), suppressed messages
 *   included (an empty list when there are none).
 */
export function shownResults(files: readonly FileResult[], options: Pick<ShownTextOptions, 'keepControls'> = {}): FileResult[] {
  const safe = (message: LintMessage): LintMessage => ({
    ...message,
    ruleId: shown(message.ruleId, options),
    source: shown(message.source, options),
    message: shownText(message.message, options),
    url: shown(message.url, options),
    note: shown(message.note, options),
    messageId: shown(message.messageId, options),
    data: message.data === null ? null : Object.fromEntries(Object.entries(message.data).map(([name, value]) => [shownText(name, options), shownText(value, options)])),
  });
  return files.map((file) => ({
    path: shownText(file.path, options),
    messages: file.messages.map(safe),
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    suppressedMessages: (file.suppressedMessages ?? []).map(safe),
  }));
}
