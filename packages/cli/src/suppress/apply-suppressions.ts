import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileResult } from '../check/lint-message.ts';
import { errorsByRule, type Suppressions, type UnusedSuppression } from './suppressions.ts';

/** Results with suppressions applied. */
export interface SuppressedResults {
  /** The results: suppressed errors moved from `messages` to `suppressedMessages`, counts updated. */
  files: FileResult[];
  /** Suppressions of checked files that matched fewer errors than they count. */
  unused: UnusedSuppression[];
}

/**
 * Apply suppressions to results, as ESLint applies its bulk suppressions: for each file and rule,
 * when the file has at most as many errors of the rule as the suppressions count, they are all
 * suppressed (and the difference is unused); when it has more, they are all reported, since a
 * count cannot tell which of them is new. Warnings, and messages without a rule, are never
 * suppressed. Files the suppressions do not name are returned as they are.
 *
 * @param files The results, paths relative to the root.
 * @param suppressions The suppressions.
 * @returns The results and the unused suppressions of the checked files.
 */
export function applySuppressions(files: readonly FileResult[], suppressions: Suppressions): SuppressedResults {
  const unused: UnusedSuppression[] = [];
  const results = files.map((file): FileResult => {
    const allowed = suppressions.get(file.path);
    if (allowed === undefined) return file;
    const found = errorsByRule(file.messages);
    const suppressed = new Set<string>();
    for (const [ruleId, count] of allowed) {
      const actual = found.get(ruleId) ?? 0;
      if (actual > count) continue;
      suppressed.add(ruleId);
      if (actual < count) unused.push({ path: file.path, ruleId, count: count - actual, missing: false });
    }
    if (suppressed.size === 0) return file;
    const hidden = (message: FileResult['messages'][number]): boolean => message.severity === 'error' && message.ruleId !== null && suppressed.has(message.ruleId);
    const messages = file.messages.filter((message) => !hidden(message));
    return {
      path: file.path,
      messages,
      errorCount: messages.filter((message) => message.severity === 'error').length,
      warningCount: file.warningCount,
      suppressedMessages: [...(file.suppressedMessages ?? []), ...file.messages.filter(hidden)],
    };
  });
  return { files: results, unused };
}

/**
 * The suppressions of files that no longer exist (renamed or deleted) among those this run did
 * not check: each of their counts is unused. A file that exists but was not checked in this run
 * (not named, or no longer a spec) is not judged.
 *
 * @param suppressions The suppressions.
 * @param checked The paths of the files this run checked.
 * @param root The folder the paths are relative to.
 * @returns The unused suppressions of the missing files.
 */
export async function missingFileSuppressions(suppressions: Suppressions, checked: ReadonlySet<string>, root: string): Promise<UnusedSuppression[]> {
  const unchecked = [...suppressions.keys()].filter((path) => !checked.has(path));
  const missing = await Promise.all(
    unchecked.map((path) =>
      lstat(resolve(root, path)).then(
        () => false,
        (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
      ),
    ),
  );
  return unchecked.filter((_, index) => missing[index]).flatMap((path) => [...suppressions.get(path)!].map(([ruleId, count]) => ({ path, ruleId, count, missing: true })));
}
