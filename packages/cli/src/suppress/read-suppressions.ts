import { CliError } from '../cli-problem.ts';
import { fileProblemMessage, FileError, systemCode } from '../files/file-problem.ts';
import { readSnapshot } from '../files/read-snapshot.ts';
import { decodeUtf8 } from '../files/utf8-text.ts';
import type { Suppressions } from './suppressions.ts';

/**
 * Read a suppressions file.
 *
 * @param path The file, absolute.
 * @param shown The file as messages name it.
 * @returns The suppressions, or `undefined` when there is no such file.
 * @throws {CliError} `suppressions-invalid` for a file that cannot be read, is not UTF-8 or not
 *   a suppressions file, at the line and column of the first problem.
 */
export async function readSuppressions(path: string, shown: string): Promise<Suppressions | undefined> {
  let bytes: Buffer;
  try {
    bytes = (await readSnapshot(path)).bytes;
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return undefined;
    if (!(error instanceof FileError)) throw error;
    throw new CliError({ code: 'suppressions-invalid', params: { path: shown, line: null, column: null, reason: fileProblemMessage(error.problem) } });
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.problem?.code === 'not-utf8') {
    const { byte, line, column } = decoded.problem.params;
    throw new CliError({ code: 'suppressions-invalid', params: { path: shown, line, column, reason: `Unexpected byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, expected UTF-8 text` } });
  }
  if (decoded.problem) throw new CliError({ code: 'suppressions-invalid', params: { path: shown, line: null, column: null, reason: fileProblemMessage(decoded.problem) } });
  // The JSON parser is loaded only when there is a file to read.
  const { parseSuppressions } = await import('./parse-suppressions.ts');
  return parseSuppressions(decoded.text, shown);
}
