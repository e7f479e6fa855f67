import { privateKeyBlocks } from './private-key-blocks.ts';
import { isPlaceholderValue, isSecretPlaceholder } from './secret-placeholder.ts';

/** A range of a text, `[start, end)`. */
export type TextRange = [start: number, end: number];

/** One shape of credential: what a message calls it and how it is found in a text. */
export interface CredentialShape {
  /** How a message names it (`OpenAI API key`). */
  kind: string;
  /**
   * Find every credential of this shape in a text, placeholders left out.
   *
   * @param text The text.
   * @returns The ranges of the credentials, in text order.
   */
  find(text: string): TextRange[];
}

/** How a pattern of the table is used. */
interface PatternUse {
  /** Text every credential of the shape contains: a text without it is not searched (default: none). */
  hint?: string;
  /**
   * Report only the pattern's first group, a value that ends the match (`Bearer <value>`, or a
   * token after the character before it), rather than the whole match (default: `false`).
   */
  valueOnly?: boolean;
  /**
   * Fewest characters of a match: patterns whose characters include their own prefix's repeat
   * without a minimum, so that no search starts again inside a run it has read (default: `0`).
   */
  minLength?: number;
  /** Whether a match is a credential rather than a placeholder (default: not {@link isSecretPlaceholder}). */
  accept?: (match: RegExpMatchArray) => boolean;
}

/** A shape found with a global pattern. */
function matching(kind: string, pattern: RegExp, use: PatternUse = {}): CredentialShape {
  const accept = use.accept ?? ((match: RegExpMatchArray) => !isSecretPlaceholder(match[0]));
  return {
    kind,
    find(text) {
      if (use.hint !== undefined && !text.includes(use.hint)) return [];
      const found: TextRange[] = [];
      for (const match of text.matchAll(pattern)) {
        if (match[0].length < (use.minLength ?? 0) || !accept(match)) continue;
        const end = match.index + match[0].length;
        found.push([use.valueOnly ? end - match[1]!.length : match.index, end]);
      }
      return found;
    },
  };
}

/**
 * A value written after an authorization scheme or a key that names a credential: eight or more
 * characters with letters and digits (credentials are written that way; words and durations are
 * not) that are not a placeholder (`<token>`, `${TOKEN}`, `API_TOKEN`, `changeme`).
 */
function credentialValue(match: RegExpMatchArray): boolean {
  const value = match[1]!;
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholderValue(value);
}

/** HTTP Basic credentials: base64 of `user:password`, the password not empty. */
function basicCredentials(match: RegExpMatchArray): boolean {
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return colon !== -1 && colon < decoded.length - 1 && !/[\u0000-\u001F\u007F-\u009F]/.test(decoded) && !isPlaceholderValue(decoded.slice(colon + 1));
}

/** A credential that is the pattern's first group and not a placeholder. */
function notPlaceholder(match: RegExpMatchArray): boolean {
  return !isSecretPlaceholder(match[1]!);
}

/** A GitHub token: 36 or more characters after a classic prefix, 82 or more after `github_pat_`; not a placeholder. */
function githubToken(match: RegExpMatchArray): boolean {
  return (!match[0].startsWith('github_pat_') || match[0].length >= 93) && !isSecretPlaceholder(match[0]);
}

/**
 * A JSON Web Token long enough to be signed (eight or more characters of header and of claims
 * after `eyJ`, sixteen of signature) that is not a placeholder.
 */
function signedToken(match: RegExpMatchArray): boolean {
  const [header, claims, signature] = match[1]!.split('.') as [string, string, string];
  return header.length >= 11 && claims.length >= 11 && signature.length >= 16 && !isSecretPlaceholder(match[1]!);
}

/** From `://` of a URL with a password to the end of its host; the password is the first group. */
const passwordAuthority = /:\/\/[^\s/?#@:]*:([^\s/?#@]+)@[A-Za-z0-9._~%:[\]-]*/g;
/** Characters of a URL scheme (`redis`, `mongodb+srv`, `git+ssh`). */
const schemeCharacter = /[A-Za-z0-9+.-]/;

/**
 * URLs with a password (`scheme://user:password@host`, `scheme://:password@host`), from the
 * scheme to the end of the host. A password that is a placeholder (`user:password`,
 * `${PASSWORD}`, `<password>`) is left out, and so is a URL to this machine
 * (`amqp://guest:guest@localhost` is a local default; secretlint's rule leaves it out too). The
 * scheme is found backwards from `://`, never past the previous match's `://`, so the search stays
 * linear.
 */
function urlsWithPassword(text: string): TextRange[] {
  if (!text.includes('://')) return [];
  const found: TextRange[] = [];
  let previous = 0;
  for (const match of text.matchAll(passwordAuthority)) {
    let start = match.index;
    while (start > previous && schemeCharacter.test(text[start - 1]!)) start -= 1;
    previous = match.index + 3;
    while (start < match.index && !/[A-Za-z]/.test(text[start]!)) start += 1;
    if (start === match.index) continue;
    const url = text.slice(start, match.index + match[0].length);
    if (isSecretPlaceholder(url) || isPlaceholderValue(match[1]!) || /@(?:localhost|127\.0\.0\.1)(?::[0-9]*)?$/.test(url)) continue;
    found.push([start, match.index + match[0].length]);
  }
  return found;
}

/** Forty base64 characters: the shape of an AWS secret access key. */
const awsSecret = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g;
/** Words that say an AWS secret access key is near, or the access key id it pairs with. */
const awsContext = /aws|secret[ _-]?access[ _-]?key|(?:AKIA|ASIA)[A-Z2-7]{16}/i;

/**
 * AWS secret access keys: forty base64 characters with upper and lower case letters and digits,
 * within 200 characters after `aws`, `secret access key` or an access key id (a bare
 * forty-character string is too common to report on its own).
 */
function awsSecretKeys(text: string): TextRange[] {
  // A key is only reported near its context: a text without any is not searched.
  if (!awsContext.test(text)) return [];
  const found: TextRange[] = [];
  for (const match of text.matchAll(awsSecret)) {
    const key = match[0];
    if (!/[A-Z]/.test(key) || !/[a-z]/.test(key) || !/[0-9]/.test(key)) continue;
    if (!awsContext.test(text.slice(Math.max(0, match.index - 200), match.index))) continue;
    found.push([match.index, match.index + key.length]);
  }
  return found;
}

/**
 * Every credential shape Specmark knows, in one table: the redaction of every quoted text
 * (`shownText`), the schema's "looks like a secret", and the lint preset's `no-secrets` rule (which
 * runs secretlint's recommended rules besides) all find credentials with it. Token shapes follow
 * secretlint's maintained rules where it has one (Stripe, GitHub, GitLab, Slack tokens and webhook
 * URLs, npm, SendGrid, AWS, OpenAI, Anthropic), widened where a real key of another length would
 * be missed; the others follow the providers' documented formats (Google, Mailgun, Twilio, JSON Web
 * Tokens) or the HTTP and URL syntax (authorization headers, key assignments, URLs with a
 * password). Every pattern is linear (`tests/regex-safety.test.ts`).
 */
export const credentialShapes: readonly CredentialShape[] = [
  matching('Stripe secret key', /(?<![A-Za-z0-9])[rs]k_(?:live|test)_[0-9A-Za-z]{24,}/g, { hint: 'k_' }),
  matching('Stripe webhook signing secret', /(?:^|[^A-Za-z0-9+/])(whsec_[A-Za-z0-9+/]{24,}={0,2})/g, { hint: 'whsec_', valueOnly: true, accept: notPlaceholder }),
  matching('GitHub token', /(?<![A-Za-z0-9])(?:gh[pousr]|github_pat)_[A-Za-z0-9_]+/g, { hint: '_', minLength: 40, accept: githubToken }),
  matching('GitLab token', /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]+/g, { hint: 'glpat-', minLength: 26 }),
  matching('Slack token', /(?<![A-Za-z0-9])(?:xox[abposr]|xapp)-[0-9A-Za-z-]+/g, { hint: 'x', minLength: 15 }),
  matching('Slack incoming webhook URL', /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/g, { hint: 'hooks.slack.com' }),
  matching('AWS access key ID', /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/g, { hint: 'A' }),
  { kind: 'AWS secret access key', find: awsSecretKeys },
  matching('Google API key', /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, { hint: 'AIza' }),
  matching('SendGrid API key', /(?<![A-Za-z0-9])SG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}/g, { hint: 'SG.' }),
  matching('npm token', /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g, { hint: 'npm_' }),
  // Project, service account and admin keys; secretlint finds the legacy `sk-…T3BlbkFJ…` keys.
  matching('OpenAI API key', /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]+/g, { hint: 'sk-', minLength: 48 }),
  matching('Anthropic API key', /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]+/g, { hint: 'sk-ant-', minLength: 53 }),
  matching('Mailgun API key', /(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9])/g, { hint: 'key-' }),
  matching('Twilio API key', /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g, { hint: 'SK' }),
  // A signed JSON Web Token: header, claims and signature; the first two are base64url JSON.
  matching('JSON Web Token', /(?:^|[^A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g, { hint: 'eyJ', valueOnly: true, accept: signedToken }),
  { kind: 'private key', find: privateKeyBlocks },
  // `Authorization: Basic <base64 of user:password>`, `Bearer <token>` and GitHub's `token <token>`:
  // the value. The scheme follows a character no value holds, so no search starts inside a value.
  matching('authorization credential', /(?:^|[^A-Za-z0-9._~+/=-])basic[ \t]+([A-Za-z0-9+/]{8,}={0,2})/gi, { valueOnly: true, accept: basicCredentials }),
  matching('authorization credential', /(?:^|[^A-Za-z0-9._~+/=-])(?:bearer|token)[ \t]+([A-Za-z0-9._~+/-]{8,}=*)/gi, { valueOnly: true, accept: credentialValue }),
  // `token=…`, `password: …`, `"client_secret": "…"`, `accessToken: '…'`, `X-API-Key: …`: the value.
  matching('password or token', /(?:token|secret|passw(?:or)?d|pwd|api[_-]?key)["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9._~+/-]{8,}=*)/gi, { valueOnly: true, accept: credentialValue }),
  { kind: 'URL with a password', find: urlsWithPassword },
];

/** The kinds of credential the table finds, each once, in its order (`Stripe secret key`, …, `URL with a password`). */
export const credentialKinds: readonly string[] = [...new Set(credentialShapes.map((shape) => shape.kind))];
