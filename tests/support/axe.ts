import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule tags of axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's rules for WCAG A and AA success criteria that it marks experimental and leaves out
 * of a run by tag unless they are turned on one by one: `label-content-name-mismatch` (2.5.3,
 * the visible label is part of the accessible name), `css-orientation-lock` (1.3.4),
 * `p-as-heading`, `table-fake-caption` and `td-has-header` (1.3.1).
 */
const experimentalWcagRules = ['label-content-name-mismatch', 'css-orientation-lock', 'p-as-heading', 'table-fake-caption', 'td-has-header'];

/**
 * Check a page against WCAG 2.2 AA with axe-core, experimental WCAG rules included.
 *
 * @param page The page, loaded.
 * @param include A selector to check only part of the page (default: the whole page).
 * @returns One line per violation: rule id, impact and the elements concerned.
 */
export async function wcagViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ rules: Object.fromEntries(experimentalWcagRules.map((id) => [id, { enabled: true }])) }).withTags(wcagTags);
  if (include !== undefined) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((violation) => `axe ${violation.id} (${violation.impact}) on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
