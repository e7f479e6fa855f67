import type { FileResult } from '../check/lint-message.ts';
import { errorsByRule, type Suppressions, type UnusedSuppression } from './suppressions.ts';

/**
 * The suppressions after `--suppress-all` or `--suppress-rule`: each checked file's counts become
 * its current errors, of every rule or only of the given ones (a rule without errors left loses
 * its count); the files of `unused` that no longer exist are dropped; every other entry stays.
 *
 * @param current The suppressions so far (an empty map when there is no file yet).
 * @param files The results of this run, before suppressions were applied.
 * @param rules The rules to suppress (default: every rule).
 * @param unused The unused suppressions: those of missing files are dropped.
 * @returns The new suppressions.
 */
export function suppressErrors(current: Suppressions, files: readonly FileResult[], rules: ReadonlySet<string> | undefined, unused: readonly UnusedSuppression[]): Suppressions {
  const next: Suppressions = new Map([...current].map(([path, counts]) => [path, new Map(counts)]));
  for (const entry of unused) if (entry.missing) next.delete(entry.path);
  for (const file of files) {
    const found = errorsByRule(file.messages);
    const counts = next.get(file.path) ?? new Map<string, number>();
    for (const ruleId of rules ?? new Set([...counts.keys(), ...found.keys()])) {
      const count = found.get(ruleId) ?? 0;
      if (count === 0) counts.delete(ruleId);
      else counts.set(ruleId, count);
    }
    if (counts.size === 0) next.delete(file.path);
    else next.set(file.path, counts);
  }
  return next;
}

/**
 * The suppressions after `--prune-suppressions`: every unused count removed (a count lowered to
 * the errors that remain, a rule or file with none left dropped, a missing file dropped). Counts
 * are never raised: a new error stays reported.
 *
 * @param current The suppressions so far.
 * @param unused The unused suppressions of this run.
 * @returns The new suppressions.
 */
export function pruneSuppressions(current: Suppressions, unused: readonly UnusedSuppression[]): Suppressions {
  const next: Suppressions = new Map([...current].map(([path, counts]) => [path, new Map(counts)]));
  for (const entry of unused) {
    const counts = next.get(entry.path);
    const count = counts?.get(entry.ruleId);
    if (counts === undefined || count === undefined) continue;
    if (count > entry.count) counts.set(entry.ruleId, count - entry.count);
    else counts.delete(entry.ruleId);
    if (counts.size === 0) next.delete(entry.path);
  }
  return next;
}
