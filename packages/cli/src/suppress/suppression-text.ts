import { shownText } from '@specmark/schema/text';
import type { Suppressions, UnusedSuppression } from './suppressions.ts';

/** `n thing` or `n things`. */
function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`;
}

/**
 * The line `specmark check` prints on stderr after writing the suppressions file.
 *
 * @param shown The file as messages name it.
 * @param suppressions What it now holds.
 * @returns The line, ending with a line break.
 */
export function writtenLine(shown: string, suppressions: Suppressions): string {
  const errors = [...suppressions.values()].reduce((sum, rules) => sum + [...rules.values()].reduce((total, value) => total + value, 0), 0);
  return `specmark: wrote \`${shownText(shown)}\`: ${count(errors, 'error')} suppressed in ${count(suppressions.size, 'file')}.\n`;
}

/**
 * The lines `specmark check` prints on stderr about suppressions that match no problem anymore:
 * one sentence that says how to remove them, then one line per file and rule (`specs/a.md
 * no-placeholders  2 fixed`, or `… renamed or deleted` for a file that is gone). Paths and rule
 * ids are shown through `shownText`.
 *
 * @param shown The suppressions file as messages name it.
 * @param unused The unused suppressions (at least one).
 * @returns The lines, each ending with a line break.
 */
export function unusedLines(shown: string, unused: readonly UnusedSuppression[]): string {
  const total = unused.reduce((sum, entry) => sum + entry.count, 0);
  const head =
    `specmark: ${count(total, 'suppressed error')} in \`${shownText(shown)}\` no longer ${total === 1 ? 'occurs' : 'occur'}; ` +
    `remove ${total === 1 ? 'it' : 'them'} with \`specmark check --prune-suppressions\` (or pass \`--pass-on-unpruned-suppressions\`):`;
  const entries = unused.map((entry) => `  ${shownText(entry.path)}  ${shownText(entry.ruleId)}  ${entry.count} ${entry.missing ? 'in a file renamed or deleted' : 'fixed'}`);
  return [head, ...entries].join('\n') + '\n';
}
