import type * as z from 'zod';
import { frontmatterIssueMessage } from './frontmatter-issue-message.ts';

/** Where a check records a Specmark issue inside a zod custom issue's `params`. */
export const specmarkIssueKey = 'specmark';

/** A Specmark issue as a zod check records it. */
export interface RecordedIssue {
  /** The issue code (`secret-value`). */
  code: string;
  /** The issue params. */
  params: Record<string, unknown>;
}

/**
 * Report a Specmark issue from inside a zod refinement. The zod issue carries the issue as data
 * under `params.specmark` (read back by `validateFrontmatter`) and its worded message, so that
 * tools which show zod messages as they are (Astro's content collections) show Specmark wording.
 *
 * @param context The refinement context.
 * @param code The issue code.
 * @param params The issue params; nothing secret may be in them.
 * @param path Path from the refined value (default: `[]`).
 */
export function addSpecmarkIssue(
  context: z.core.$RefinementCtx,
  code: string,
  params: Record<string, unknown>,
  path: (string | number)[] = [],
): void {
  const recorded: RecordedIssue = { code, params };
  context.addIssue({ code: 'custom', message: frontmatterIssueMessage({ code, path, params }), path, params: { [specmarkIssueKey]: recorded } });
}
