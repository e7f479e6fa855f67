/**
 * Whether an `auth` value agrees with a method named elsewhere (an answer, a security scheme of
 * the provider's description): the same method, or `bearer` beside `oauth2` or `api-key` — an
 * OAuth token or an API key is often sent as a bearer token.
 *
 * @param written The frontmatter's `auth` value.
 * @param named The method named elsewhere.
 * @returns Whether the two agree.
 */
export function sameAuthMethod(written: string, named: string): boolean {
  return written === named || (written === 'bearer' && (named === 'oauth2' || named === 'api-key')) || (named === 'bearer' && (written === 'oauth2' || written === 'api-key'));
}
