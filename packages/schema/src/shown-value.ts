import { looksLikeSecret, redactSecret } from './secret-value.ts';

/** Longest value shown in a message, in characters. */
const longest = 60;

/**
 * The `actual` params of an issue about a value: the value as written (shortened when long), or,
 * when it looks like a secret, its redacted form and `secret: true`. No issue carries a secret.
 *
 * @param value The offending value.
 * @returns `{ actual }` or `{ actual?, secret: true }`.
 */
export function shownValue(value: unknown): { actual?: string; secret?: true } {
  const text = typeof value === 'string' ? value : value instanceof Date ? dateText(value) : JSON.stringify(value) ?? String(value);
  if (typeof value === 'string' && looksLikeSecret(value)) {
    const redacted = redactSecret(value);
    return redacted === undefined ? { secret: true } : { actual: redacted, secret: true };
  }
  return { actual: text.length > longest ? `${text.slice(0, longest - 1)}…` : text };
}

/** A date as ISO text, or `Invalid Date`. */
function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}
