import { join, relative, resolve } from 'node:path';
import type { FileResult } from '../check/lint-message.ts';
import { CliError } from '../cli-problem.ts';
import { errorReason } from '../files/file-problem.ts';
import { applySuppressions, missingFileSuppressions } from './apply-suppressions.ts';
import { readSuppressions } from './read-suppressions.ts';
import { suppressionsFileName, type Suppressions, type UnusedSuppression } from './suppressions.ts';
import { pruneSuppressions, suppressErrors } from './update-suppressions.ts';
import { writeSuppressions } from './write-suppressions.ts';

/** What a run of `specmark check` does with the suppressions file. */
export interface SuppressionRequest {
  /** `apply` the file when there is one; `suppress` errors into it; `prune` what no longer occurs. */
  action: 'apply' | 'suppress' | 'prune';
  /** With `suppress`, the rules to suppress (default: every rule). */
  rules?: ReadonlySet<string>;
  /** The file, as `--suppressions-location` gives it (default: `specmark-suppressions.json` in the root). */
  location?: string;
}

/**
 * Read the suppression flags of `specmark check`, before anything is checked.
 *
 * @param flags The parsed flags.
 * @returns What to do with the suppressions file.
 * @throws {CliError} `flags-conflict` for `--suppress-all`, `--suppress-rule` and
 *   `--prune-suppressions` given together; `flag-value-invalid` for a rule the preset does not
 *   have, listing its rules.
 */
export async function suppressionRequest(flags: Readonly<Record<string, string | true | string[]>>): Promise<SuppressionRequest> {
  const given = (['suppress-all', 'suppress-rule', 'prune-suppressions'] as const).filter((name) => flags[name] !== undefined);
  if (given.length > 1) throw new CliError({ code: 'flags-conflict', params: { first: `--${given[0]}`, second: `--${given[1]}` } });
  const location = typeof flags['suppressions-location'] === 'string' ? { location: flags['suppressions-location'] } : {};
  if (flags['prune-suppressions']) return { action: 'prune', ...location };
  if (flags['suppress-all']) return { action: 'suppress', ...location };
  const rules = flags['suppress-rule'];
  if (!Array.isArray(rules)) return { action: 'apply', ...location };
  // The preset's rules are loaded only when a rule is named.
  const { ruleIds } = await import('@specmark/remark-preset-lint');
  const known: readonly string[] = ruleIds;
  const unknown = rules.find((rule) => !known.includes(rule));
  if (unknown !== undefined) {
    throw new CliError({ code: 'flag-value-invalid', params: { flag: '--suppress-rule', actual: unknown, expected: `one of the rules ${known.map((rule) => '`' + rule + '`').join(', ')}` } });
  }
  return { action: 'suppress', rules: new Set(rules), ...location };
}

/** What a run did with the suppressions file. */
export interface SuppressionOutcome {
  /** The results with suppressed errors moved to `suppressedMessages`. */
  files: FileResult[];
  /** Suppressions that match no error anymore. */
  unused: UnusedSuppression[];
  /** The suppressions file as messages name it (`undefined` when there is none). */
  shown?: string;
  /** What the file holds after this run wrote it (`undefined` when it was not written). */
  written?: Suppressions;
}

/**
 * Apply, write or prune the suppressions file of a run, ESLint's way: counts of errors per file
 * and rule, file paths relative to the root. Without a file (and without a flag that writes one),
 * the results are returned as they are, at the cost of one failed `open`.
 *
 * @param files The run's results, paths relative to the root.
 * @param request What to do ({@link suppressionRequest}).
 * @param where `cwd`, what `--suppressions-location` is relative to, and `root`, where the file
 *   is by default and what its paths are relative to.
 * @returns The results and what is unused.
 * @throws {CliError} For a file that cannot be read or is not a suppressions file, a
 *   `--suppressions-location` that does not exist (unless the run writes it), a file that cannot
 *   be written.
 */
export async function checkSuppressions(files: FileResult[], request: SuppressionRequest, where: { cwd: string; root: string }): Promise<SuppressionOutcome> {
  const path = request.location === undefined ? join(where.root, suppressionsFileName) : resolve(where.cwd, request.location);
  const shown = relative(where.cwd, path) || path;
  const current = await readSuppressions(path, shown);
  if (current === undefined && request.action !== 'suppress') {
    if (request.location !== undefined) throw new CliError({ code: 'suppressions-missing', params: { path: shown } });
    // Nothing to apply, nothing to prune.
    return { files, unused: [] };
  }
  const checked = new Set(files.map((file) => file.path));
  const unusedOf = async (suppressions: Suppressions) => {
    const applied = applySuppressions(files, suppressions);
    return { files: applied.files, unused: [...applied.unused, ...(await missingFileSuppressions(suppressions, checked, where.root))] };
  };
  const before = await unusedOf(current ?? new Map());
  if (request.action === 'apply') return { ...before, shown };
  const written = request.action === 'prune' ? pruneSuppressions(current!, before.unused) : suppressErrors(current ?? new Map(), files, request.rules, before.unused);
  try {
    await writeSuppressions(path, written);
  } catch (error) {
    throw new CliError({ code: 'file-write', params: { path: shown, reason: errorReason(error) } });
  }
  return { ...(await unusedOf(written)), shown, written };
}
