import type { FileResult } from '../check/lint-message.ts';
import type { UnusedSuppression } from '../suppress/suppressions.ts';

/** What a reporter formats. */
export interface ReportInput {
  /** Results, one per checked file, sorted by path. */
  files: readonly FileResult[];
  /** Version of the command line, for machine-readable formats. */
  version: string;
  /** Suppressions that matched no error in this run (default: none). */
  unusedSuppressions?: readonly UnusedSuppression[];
}

/**
 * Formats results as text for stdout. `sarif` returns a promise (it loads the rules' documentation
 * when first used); the others return the text.
 */
export type Reporter = (input: ReportInput, options: { color: boolean }) => string | Promise<string>;

/**
 * Count errors, warnings and suppressed errors over all files.
 *
 * @param files The results.
 * @returns The totals.
 */
export function totals(files: readonly FileResult[]): { errorCount: number; warningCount: number; suppressedCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let suppressedCount = 0;
  for (const file of files) {
    errorCount += file.errorCount;
    warningCount += file.warningCount;
    suppressedCount += file.suppressedMessages?.length ?? 0;
  }
  return { errorCount, warningCount, suppressedCount };
}
