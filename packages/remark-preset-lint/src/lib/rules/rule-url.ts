/** Origin of the site that documents the rules. */
export const siteUrl = 'https://specmark.dev';

/**
 * The documentation page of a rule.
 *
 * @param id Rule id (`no-placeholders`).
 * @returns The page's URL (`https://specmark.dev/rules/no-placeholders/`).
 */
export function ruleUrl(id: string): string {
  return `${siteUrl}/rules/${id}/`;
}
