import type { SecretFinding } from './secret-finding.ts';

/**
 * Credentials secretlint’s recommended rules miss or place wrongly, found with patterns of their
 * published formats.
 */

/** Single-token shapes, each with the kind a message names. */
const tokens: readonly [RegExp, string, string][] = [
  [/(?<![\w+/])whsec_[A-Za-z0-9+/]{24,}={0,2}/g, 'Stripe webhook signing secret', 'whsec_'],
  [/(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g, 'Google API key', 'AIza'],
  // A signed JSON Web Token: header, claims and signature; the first two are base64url JSON.
  [/(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g, 'JSON Web Token', 'eyJ'],
];

/** The markers around a PEM private key of any kind (RSA, EC, DSA, OpenSSH, PKCS #8, encrypted, PGP). */
const keyBegin = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
const keyEnd = /-----END ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

/** The longest key body looked at, in characters (an RSA 8192 key is about 6,500). */
const longestKey = 20_000;

/** Forty base64 characters: the shape of an AWS secret access key. */
const awsSecret = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g;

/** Words that say an AWS secret access key is near, or the access key id it pairs with. */
const awsContext = /aws|secret[ _-]?access[ _-]?key|(?:AKIA|ASIA)[A-Z2-7]{16}/i;

/**
 * Find credentials secretlint’s recommended rules do not: Stripe webhook signing secrets, Google
 * API keys, signed JSON Web Tokens, PEM private keys whose body secretlint does not recognise (EC
 * keys), and AWS secret access keys — forty base64 characters with upper and lower case letters and
 * digits, within 200 characters after `aws`, `secret access key` or an access key id (a bare forty-character string
 * is too common to report on its own).
 *
 * @param source The file’s text.
 * @returns The findings, in no particular order.
 */
export function moreSecrets(source: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const [pattern, kind, prefix] of tokens) {
    // Each shape starts with a fixed prefix: a text without it is not searched.
    if (!source.includes(prefix)) continue;
    for (const match of source.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  // Each BEGIN marker pairs with the next END marker: one pass over both, however many there are.
  const ends = source.includes('PRIVATE KEY') ? [...source.matchAll(keyEnd)] : [];
  let next = 0;
  for (const begin of ends.length === 0 ? [] : source.matchAll(keyBegin)) {
    const from = begin.index + begin[0].length;
    while (next < ends.length && ends[next]!.index < from) next += 1;
    const end = ends[next];
    if (!end || end.index - from > longestKey || end[1] !== begin[1] || end[2] !== begin[2]) continue;
    // The body as base64: headers (`Proc-Type: …`), line breaks, indentation, `\n` escapes and
    // quoting marks removed; a placeholder body (`...`, `<key>`) is not base64.
    const body = source.slice(from, end.index).replace(/^(?:[^\S\n\r\u2028\u2029]|>)*[A-Za-z-]+: .*$/gm, '').replace(/\\[nr]|[\s>"',]/g, '');
    if (/^[A-Za-z0-9+/]{40,}={0,2}(?:=[A-Za-z0-9+/]{4})?$/.test(body)) found.push({ start: begin.index, end: end.index + end[0].length, kind: 'private key' });
  }
  // A key is only reported near its context: a text without any is not searched.
  if (!awsContext.test(source)) return found;
  for (const match of source.matchAll(awsSecret)) {
    const key = match[0];
    if (!/[A-Z]/.test(key) || !/[a-z]/.test(key) || !/[0-9]/.test(key)) continue;
    if (!awsContext.test(source.slice(Math.max(0, match.index - 200), match.index))) continue;
    found.push({ start: match.index, end: match.index + key.length, kind: 'AWS secret access key' });
  }
  return found;
}
