import { writeFileAtomically } from '../files/write-file-atomically.ts';
import type { Suppressions } from './suppressions.ts';

/** Compare by UTF-16 code units, whatever the locale: the file's order never depends on the machine. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The text of a suppressions file: `{"<file>": {"<rule id>": {"count": <n>}}}`, files and rules
 * sorted, two-space indented, ending with a line break, so that the same suppressions always give
 * the same bytes and a change reads as a small diff. Files without rules are left out.
 *
 * @param suppressions The suppressions.
 * @returns The JSON text.
 */
export function suppressionsText(suppressions: Suppressions): string {
  const files: Record<string, Record<string, { count: number }>> = {};
  for (const file of [...suppressions.keys()].sort(byCodeUnit)) {
    const rules = suppressions.get(file)!;
    if (rules.size === 0) continue;
    files[file] = Object.fromEntries([...rules.keys()].sort(byCodeUnit).map((rule) => [rule, { count: rules.get(rule)! }]));
  }
  return JSON.stringify(files, null, 2) + '\n';
}

/**
 * Write a suppressions file atomically (written beside it, then renamed over it), so that a
 * reader never sees half of it; an existing file keeps its permissions.
 *
 * @param path The file, absolute.
 * @param suppressions The suppressions.
 * @throws {NodeJS.ErrnoException} Why it cannot be written.
 */
export async function writeSuppressions(path: string, suppressions: Suppressions): Promise<void> {
  await writeFileAtomically(path, suppressionsText(suppressions));
}
