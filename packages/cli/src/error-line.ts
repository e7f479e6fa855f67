/**
 * The first line of what was thrown, for a one-line report.
 *
 * @param error What was thrown.
 * @returns The line, trimmed (`unknown error` when it is empty).
 */
export function errorLine(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim() || 'unknown error';
}
