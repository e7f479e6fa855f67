import { findCredentials } from './find-credentials.ts';
import { isSecretPlaceholder } from './secret-placeholder.ts';

/**
 * Tell apart a pasted credential from the name of the environment variable that should hold it.
 */

/**
 * Tell whether a word has a key's shape though no credential shape of the table names it: forty
 * base64 characters with upper and lower case letters and digits (an AWS secret access key), 32
 * or more hex digits, or a run of 20 or more mixed letters and digits between `_`, `.`, `:`, `/`
 * or `-` (keys and tokens are written that way, names of environment variables are words).
 * Placeholders ({@link isSecretPlaceholder}) are not keys.
 *
 * @param word The word, without blanks.
 * @returns `true` when it has a key's shape.
 */
export function hasKeyShape(word: string): boolean {
  if (word.length < 20 || /\s/.test(word) || isSecretPlaceholder(word)) return false;
  if (/^[A-Za-z0-9/+]{40}$/.test(word) && /[A-Z]/.test(word) && /[a-z]/.test(word) && /[0-9]/.test(word)) return true;
  if (/^[0-9a-f]{32,}$/i.test(word)) return true;
  return word.split(/[_.:/-]/).some((run) => run.length >= 20 && /[0-9]/.test(run) && /[A-Za-z]/.test(run));
}

/**
 * Tell whether a string looks like a credential rather than a name: it starts or ends with a
 * credential of a shape of the credential table ({@link findCredentials}; `ghp_…`, `Basic …`,
 * `token=…`) or holds a private key (a service account file's JSON), or it has a key's shape ({@link hasKeyShape}). Placeholders
 * ({@link isSecretPlaceholder}) are not secrets; a credential inside other words is redacted
 * where the value is shown, not reported as the value.
 *
 * @param value The string to look at.
 * @returns `true` when the string looks like a secret.
 */
export function looksLikeSecret(value: string): boolean {
  if (isSecretPlaceholder(value)) return false;
  return findCredentials(value).some(({ start, end, kind }) => start === 0 || end === value.length || kind === 'private key') || hasKeyShape(value);
}

/**
 * Redact a secret for a message: its first characters and `…` — four characters of a secret of
 * 16 characters or more, two of one of 12 to 15, none of a shorter one. Only printable ASCII
 * characters other than `` ` `` and `\` are shown, so the redacted form is always safe to print.
 * This is the one redaction rule of Specmark.
 *
 * @param secret The secret.
 * @returns The redacted form: `sk_l…`, `to…`, or `…`.
 */
export function redactSecret(secret: string): string {
  const shown = secret.length >= 16 ? 4 : secret.length >= 12 ? 2 : 0;
  let prefix = '';
  for (const character of secret.slice(0, shown)) {
    if (character < '!' || character > '~' || character === '`' || character === '\\') break;
    prefix += character;
  }
  return prefix + '…';
}

/**
 * The `redacted` param of an issue about a secret: its redacted form when that shows any of it.
 *
 * @param secret The secret.
 * @returns `{ redacted }`, or `{}` when nothing of it may be shown.
 */
export function redactedParam(secret: string): { redacted?: string } {
  const redacted = redactSecret(secret);
  return redacted === '…' ? {} : { redacted };
}
