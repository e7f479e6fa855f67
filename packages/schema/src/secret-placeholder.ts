/**
 * Tell a placeholder from a credential, for text that has a credential's shape: a run of six or
 * more of one character (`sk_live_xxxxxxxx`, `********`), a template or environment reference
 * (`${STRIPE_SECRET_KEY}`, `<your-key>`, `{{token}}`, `process.env.STRIPE_KEY`), a URL whose
 * credentials are the words `user:password`, or one of the example values providers document,
 * which contain `EXAMPLE` (`AKIAIOSFODNN7EXAMPLE`). A PEM private key is never a placeholder here
 * (real ones have long runs of `A`); judge it by its body.
 *
 * @param text The text that has a credential's shape.
 * @returns `true` when it is a placeholder, not a credential.
 */
export function isSecretPlaceholder(text: string): boolean {
  if (text.startsWith('-----BEGIN')) return false;
  return /(.)\1{5,}/.test(text) || /\$\{|\{\{|<[^<>]*>|process\.env\.|EXAMPLE|:\/\/(?:user(?:name)?|login):pass(?:word)?@/.test(text);
}

/**
 * Tell whether a value written after a key or an authorization scheme (`token=…`, `Bearer …`, a
 * URL's password) stands for a credential rather than naming one: a placeholder
 * ({@link isSecretPlaceholder}), a variable (`$TOKEN`, `%TOKEN%`, `API_TOKEN`, `PASSWORD`), or one
 * of the words documentation writes in its place (`password`, `secret`, `changeme`, `redacted`…).
 *
 * @param value The value.
 * @returns `true` when it is a placeholder, not a credential.
 */
export function isPlaceholderValue(value: string): boolean {
  return (
    isSecretPlaceholder(value) ||
    /^[$%]|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(value) ||
    /^(?:pass(?:word|wd)?|pwd|secret|changeme|redacted|token|example|your[_-]?\w*)$/i.test(value)
  );
}
