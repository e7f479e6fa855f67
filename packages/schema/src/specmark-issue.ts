import type * as z from 'zod';
import type { FrontmatterIssueData } from './frontmatter-issue.ts';
import { frontmatterIssueMessage } from './frontmatter-issue-message.ts';

/** Where a check records a Specmark issue inside a zod custom issue's `params`. */
export const specmarkIssueKey = 'specmark';

/** A Specmark issue as a zod check records it: its code and params (`{ code: 'secret-value', params: {} }`). */
export type RecordedIssue = FrontmatterIssueData;

/**
 * Report a Specmark issue from inside a zod refinement. The zod issue carries the issue as data
 * under `params.specmark` (read back by `validateFrontmatter`) and its worded message, so that
 * tools which show zod messages as they are (Astro's content collections) show Specmark wording.
 *
 * @param context The refinement context.
 * @param recorded The issue's code and params; nothing secret may be in them.
 * @param path Path from the refined value (default: `[]`).
 */
export function addSpecmarkIssue(
  context: z.core.$RefinementCtx,
  recorded: RecordedIssue,
  path: (string | number)[] = [],
): void {
  context.addIssue({ code: 'custom', message: frontmatterIssueMessage({ ...recorded, path }), path, params: { [specmarkIssueKey]: recorded } });
}
