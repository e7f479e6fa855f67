/**
 * Tell apart a pasted credential from the name of the environment variable that should hold it.
 */

/** Shapes of well-known credentials: API keys, tokens, private keys, credentials in URLs. */
const knownSecrets: readonly RegExp[] = [
  /^(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{8,}/, // Stripe keys
  /^whsec_[0-9A-Za-z+/=]{8,}/, // Stripe webhook signing secrets
  /^(?:gh[pousr]_[0-9A-Za-z]{20,}|github_pat_[0-9A-Za-z_]{20,})/, // GitHub tokens
  /^glpat-[0-9A-Za-z_-]{16,}/, // GitLab tokens
  /^xox[abposr]-[0-9A-Za-z-]{10,}/, // Slack tokens
  /^(?:AKIA|ASIA)[0-9A-Z]{16}$/, // AWS access key ids
  /^AIza[0-9A-Za-z_-]{30,}/, // Google API keys
  /^SG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}/, // SendGrid keys
  /^npm_[0-9A-Za-z]{30,}/, // npm tokens
  /^eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{8,}\./, // JSON Web Tokens
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/, // PEM private keys
  /^(?:bearer|basic|token)\s+\S{8,}/i, // Authorization header values
  /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, // URLs with a password
];

/**
 * Tell a placeholder from a credential, for text that has a credential's shape: a run of six or
 * more of one character (`sk_live_xxxxxxxx`, `********`), a template or environment reference
 * (`${STRIPE_SECRET_KEY}`, `<your-key>`, `process.env.STRIPE_KEY`), a URL whose credentials are the
 * words `user:password`, or one of the example values providers document, which contain `EXAMPLE`
 * (`AKIAIOSFODNN7EXAMPLE`). A PEM private key is never
 * a placeholder here (real ones have long runs of `A`); judge it by its body.
 *
 * @param text The text that has a credential's shape.
 * @returns `true` when it is a placeholder, not a credential.
 */
export function isSecretPlaceholder(text: string): boolean {
  if (text.startsWith('-----BEGIN')) return false;
  return /(.)\1{5,}/.test(text) || /\$\{|<[^<>]*>|process\.env\.|EXAMPLE|:\/\/(?:user(?:name)?|login):pass(?:word)?@/.test(text);
}

/**
 * How a string looks like a credential: `known` for a well-known key or token shape or forty
 * base64 characters (an AWS secret access key), `generic` for 32 or more hex digits or a long run
 * of mixed letters and digits (keys and tokens are written that way, names of environment
 * variables are words), `undefined` for neither. Placeholders ({@link isSecretPlaceholder}) are
 * not secrets.
 *
 * @param value The string to look at.
 * @returns The kind of shape, or `undefined`.
 */
export function secretShape(value: string): 'known' | 'generic' | undefined {
  if (isSecretPlaceholder(value)) return undefined;
  if (knownSecrets.some((pattern) => pattern.test(value))) return 'known';
  if (/^[A-Za-z0-9/+]{40}$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value)) return 'known';
  if (value.length < 20 || /\s/.test(value)) return undefined;
  if (/^[0-9a-f]{32,}$/i.test(value)) return 'generic';
  return value.split(/[_.:/-]/).some((run) => run.length >= 20 && /[0-9]/.test(run) && /[A-Za-z]/.test(run)) ? 'generic' : undefined;
}

/**
 * Tell whether a string looks like a credential rather than a name: a well-known key or token
 * shape, forty base64 characters (an AWS secret access key), or a long run of mixed letters and
 * digits (keys and tokens are written that way, names of environment variables are words).
 * Placeholders ({@link isSecretPlaceholder}) are not secrets.
 *
 * @param value The string to look at.
 * @returns `true` when the string looks like a secret.
 */
export function looksLikeSecret(value: string): boolean {
  return secretShape(value) !== undefined;
}

/**
 * The length of the credential of a well-known shape that `text` starts with, or `0` when it
 * starts with none (or with a placeholder of that shape).
 *
 * @param text The text to look at.
 * @returns How many characters the credential takes.
 */
export function knownSecretLength(text: string): number {
  for (const pattern of knownSecrets) {
    const found = pattern.exec(text);
    if (found?.index === 0 && !isSecretPlaceholder(found[0])) return found[0].length;
  }
  return 0;
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
