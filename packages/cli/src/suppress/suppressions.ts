import type { LintMessage } from '../check/lint-message.ts';

/** The suppressions file's name, in the folder `specmark` runs in (the configuration's root). */
export const suppressionsFileName = 'specmark-suppressions.json';

/**
 * Suppressed errors, as the suppressions file holds them: by file (its path relative to the
 * root, with `/`), by rule id, how many errors of that rule the file may have.
 */
export type Suppressions = Map<string, Map<string, number>>;

/**
 * A suppression that matches no problem anymore: errors that were fixed, or a file that is gone.
 */
export interface UnusedSuppression {
  /** The file, as the suppressions file names it. */
  path: string;
  /** The rule. */
  ruleId: string;
  /** How many of its suppressed errors no longer occur. */
  count: number;
  /** Whether the file itself no longer exists (renamed or deleted). */
  missing: boolean;
}

/**
 * Count a file's errors by rule. Only errors from a rule can be suppressed: warnings never fail
 * a run (unless `--max-warnings`), and a file that could not be checked has no rule.
 *
 * @param messages The file's messages.
 * @returns How many errors each rule reported.
 */
export function errorsByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.severity === 'error' && message.ruleId !== null) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  return counts;
}
