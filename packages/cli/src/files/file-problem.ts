import { shownText } from '@specmark/schema/text';
import { errorLine } from '../error-line.ts';

/**
 * Why one file could not be read or written, as data; the wording lives in
 * {@link fileProblemMessage}. A file with a problem is reported on its own and the run goes on.
 */
export type FileProblem =
  /** It could not be opened or read (`reason`: what the system said, `permission denied (EACCES)`). */
  | { code: 'unreadable'; params: { reason: string } }
  /** It is not a regular file (`kind`: `named pipe`, `socket`, `device`, `folder`). */
  | { code: 'not-a-file'; params: { kind: string } }
  /** Its bytes are not UTF-8: the first invalid byte, and where it is (1-based). */
  | { code: 'not-utf8'; params: { byte: number; line: number; column: number } }
  /** It is larger than allowed (`bytes` read or stated, `limit` the most allowed). */
  | { code: 'too-large'; params: { bytes: number; limit: number } }
  /** It changed between being read and being replaced. */
  | { code: 'changed'; params: {} }
  /** It could not be written (`reason` as for `unreadable`). */
  | { code: 'unwritable'; params: { reason: string } }
  /** A folder could not be read, so its files could not be found (`reason` as for `unreadable`). */
  | { code: 'folder-unreadable'; params: { reason: string } }
  /** The lint rules failed on it (`reason`: the error's message). */
  | { code: 'lint-failed'; params: { reason: string } };

/** Thrown by the file helpers for a {@link FileProblem}. */
export class FileError extends Error {
  /** The problem, as data. */
  readonly problem: FileProblem;

  /**
   * @param problem The problem.
   * @param cause The system error behind it, if any (default: none).
   */
  constructor(problem: FileProblem, cause?: unknown) {
    super(fileProblemMessage(problem), cause === undefined ? undefined : { cause });
    this.name = 'FileError';
    this.problem = problem;
  }
}

/**
 * The system error code behind a file problem (`ENOENT`), if any.
 *
 * @param error What was thrown.
 * @returns The code, or `undefined`.
 */
export function systemCode(error: unknown): string | undefined {
  const cause = error instanceof FileError ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** How the system's error codes read in a message. */
const codes: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is busy',
  EIO: 'input/output error',
  EXDEV: 'not on the same device',
  EEXIST: 'a file is in the way',
};

/**
 * What a system error says, in words with its code (`permission denied (EACCES)`), or the first
 * line of its message.
 *
 * @param error What was thrown.
 * @returns One line.
 */
export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && codes[code]) return `${codes[code]} (${code})`;
  return errorLine(error).replace(/, (?:open|read|write|rename|link|stat|lstat|fstat|access|mkdir|unlink) '[^']*'$/, '') || 'unknown error';
}

/**
 * Word a file problem as a sentence (`Cannot read this file: permission denied (EACCES)`). Every
 * such message lives here; `specmark check` reports it on the file, `specmark fix` after the
 * file's name.
 *
 * @param problem The problem, as data.
 * @returns One sentence, on one line, without a final full stop.
 */
export function fileProblemMessage(problem: FileProblem): string {
  switch (problem.code) {
    case 'unreadable':
      return `Cannot read this file: ${shownText(problem.params.reason)}`;
    case 'not-a-file':
      return `Unexpected ${problem.params.kind}, expected a regular file`;
    case 'not-utf8': {
      const { byte, line, column } = problem.params;
      return `Unexpected byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column}, expected UTF-8 text (save the file as UTF-8)`;
    }
    case 'too-large':
      return `Unexpected file of ${problem.params.bytes.toLocaleString('en-US')} bytes, expected at most ${problem.params.limit.toLocaleString('en-US')} bytes`;
    case 'changed':
      return 'Unexpected change to this file since it was read, expected it unchanged (run the command again)';
    case 'unwritable':
      return `Cannot write this file: ${shownText(problem.params.reason)}`;
    case 'folder-unreadable':
      return `Cannot read this folder: ${shownText(problem.params.reason)}; the files in it are skipped`;
    case 'lint-failed':
      return `Cannot check this file: a lint rule failed (${shownText(problem.params.reason)})`;
  }
}

/**
 * Word a file problem to follow a colon or a comma in another message (`specmark fix`'s `left
 * alone, …`, a `Cannot write …:` line): {@link fileProblemMessage} with a lower-case first letter.
 *
 * @param problem The problem, as data.
 * @returns The clause (`cannot read this file: permission denied (EACCES)`).
 */
export function fileProblemClause(problem: FileProblem): string {
  const sentence = fileProblemMessage(problem);
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
