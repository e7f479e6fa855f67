import { readFile } from 'node:fs/promises';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { sourceConditions } from './export-targets.ts';
import type { CheckFindings } from './step-report.ts';

/**
 * Whether a publint message is about a source-only export condition. publint already skips
 * missing files under custom conditions ("some libraries may use them internally only"), except
 * for `*` patterns, where it warns; those targets are the monorepo's TypeScript sources, which are
 * not published on purpose.
 */
function isAboutSourceCondition(message: { code: string; path: string[] }): boolean {
  return message.code === 'EXPORTS_GLOB_NO_MATCHED_FILES' && message.path.some((key) => sourceConditions.has(key));
}

/**
 * Run publint on a tarball. Errors and warnings fail; suggestions are shown as a note.
 *
 * @param tarball The `.tgz` file.
 * @returns The failures, and the suggestions as a note.
 */
export async function runPublint(tarball: string): Promise<CheckFindings> {
  const bytes = await readFile(tarball);
  const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion' });
  const text = (message: (typeof messages)[number]): string => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`;
  const kept = messages.filter((message) => !isAboutSourceCondition(message));
  const problems = kept.filter((message) => message.type !== 'suggestion').map(text);
  const suggestions = kept.filter((message) => message.type === 'suggestion').map(text);
  const skipped = messages.length - kept.length;
  const notes = [...suggestions, ...(skipped ? [`${skipped} warning${skipped === 1 ? '' : 's'} about the source-only export condition skipped`] : [])];
  return { problems, note: notes.join('; ') || undefined };
}
