import { looksLikeSecret, redactedParam } from './secret-value.ts';
import { shortText } from './short-text.ts';

/** Longest value shown in a message, in characters. */
const longest = 60;

/**
 * The `actual` params of an issue about a value: the value as written (secret-looking runs in it
 * redacted, then shortened when long), or, when the whole value looks like a secret, its redacted
 * form and `secret: true`. No issue carries a secret.
 *
 * @param value The offending value.
 * @returns `{ actual }` or `{ actual?, secret: true }`.
 */
export function shownValue(value: unknown): { actual?: string; secret?: true } {
  if (typeof value === 'string' && looksLikeSecret(value)) {
    const { redacted } = redactedParam(value);
    return redacted === undefined ? { secret: true } : { actual: redacted, secret: true };
  }
  const raw = typeof value === 'string' ? value : value instanceof Date ? dateText(value) : (JSON.stringify(value) ?? String(value));
  return { actual: shortText(raw, longest) };
}

/** A date as ISO text, or `Invalid Date`. */
function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}
