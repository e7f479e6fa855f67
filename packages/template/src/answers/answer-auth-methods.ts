/**
 * The authentication methods an answer names, as the frontmatter's `auth` key writes them
 * (`oauth2`, `api-key`, `bearer`, `basic`, `mtls`, `hmac`, `none`: the values of
 * `@specmark/schema`'s `authMethods`).
 */

/** The words that name each method. */
const methodWords: readonly (readonly [string, RegExp])[] = [
  ['oauth2', /\boauth\s*(?:2(?:\.0)?)?\b|\bclient[\s-]credentials\b|\bauthori[sz]ation[\s-]code\s+(?:flow|grant)\b/i],
  ['api-key', /\bapi[\s_-]?keys?\b|\bsecret\s+keys?\b|\baccess\s+keys?\b/i],
  ['bearer', /\bbearer\b/i],
  ['basic', /\bhttp\s+basic\b|\bbasic\s+auth(?:entication|orization)?\b|\bauthorization:\s*basic\b/i],
  ['mtls', /\bm-?tls\b|\bmutual\s+tls\b|\bclient\s+certificates?\b/i],
  ['hmac', /\bhmac\b|\bsigned\s+requests?\b|\brequest\s+signing\b/i],
  ['none', /\bno\s+auth(?:entication)?\b|\bunauthenticated\b|\bwithout\s+(?:any\s+)?(?:auth|authentication|credentials)\b/i],
];

/** Words that make a text about how the integration authenticates. */
const authWords = /\bauth(?:entication|enticates?|entication\s+method|ori[sz]ation)?\b|\boauth|\bcredentials?\b|\bapi[\s_-]?keys?\b/i;

/**
 * The authentication methods a text names, in the order of the frontmatter's allowed values.
 *
 * @param text An answer, Markdown or plain.
 * @returns The methods (`['basic']` for “Yes: HTTP Basic with the account SID and auth token”).
 */
export function answerAuthMethods(text: string): string[] {
  return methodWords.filter(([, words]) => words.test(text)).map(([method]) => method);
}

/**
 * Whether a question or condition asks how the integration authenticates
 * (“Authentication method confirmed? OAuth, API key, bearer token?”).
 *
 * @param text The question.
 * @returns `true` when it is about authentication.
 */
export function asksAuthentication(text: string): boolean {
  return authWords.test(text);
}
