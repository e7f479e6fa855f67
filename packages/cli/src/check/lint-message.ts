import { messageIdentity } from '@specmark/remark-preset-lint';
import type { VFileMessage } from 'vfile-message';
import { fileProblemMessage, type FileProblem } from '../files/file-problem.ts';

/** How serious a message is: `fatal: true` is an error, `false` a warning, unset a note. */
export type Severity = 'error' | 'warning' | 'info';

/** A lint message as plain data: what reporters print, the cache keeps and workers send back. */
export interface LintMessage {
  /** The rule's id (`no-placeholders`), when the message comes from a rule. */
  ruleId: string | null;
  /** Where the rule comes from (`specmark`). */
  source: string | null;
  /** How serious it is. */
  severity: Severity;
  /** The message (`Unexpected …, expected …`). */
  message: string;
  /** Start line, 1-based (`null` when the message has no place). */
  line: number | null;
  /** Start column, 1-based. */
  column: number | null;
  /** End line, when the message covers a range. */
  endLine: number | null;
  /** End column, when the message covers a range. */
  endColumn: number | null;
  /** The rule's documentation page. */
  url: string | null;
  /** A longer explanation, when the rule gives one. */
  note: string | null;
  /**
   * Which of its rule's messages this is (`missing-field`, see `ruleMessages` of
   * `@specmark/remark-preset-lint`), or the problem's code for a file that could not be checked
   * (`not-utf8`): stable when the wording changes, so tools match on it.
   */
  messageId: string | null;
  /** The text of each placeholder of the message's wording (`{ field: 'Audience', … }`); `null` for a file problem. */
  data: Record<string, string> | null;
}

/**
 * Turn a vfile message into plain data: no syntax tree (`ancestors`), no stack, no cause object;
 * the message's id and data when a Specmark rule gave it.
 *
 * @param message A message from `file.messages`.
 * @returns The message as data.
 */
export function toLintMessage(message: VFileMessage): LintMessage {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const identity = messageIdentity(message);
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    url: message.url ?? null,
    note: message.note ?? null,
    messageId: identity?.messageId ?? null,
    data: identity ? { ...identity.data } : null,
  };
}

/**
 * The message that reports a file that could not be checked: an error from `specmark` itself, with
 * no rule, at the problem's place when it has one (the first byte that is not UTF-8).
 *
 * @param problem Why the file could not be checked.
 * @returns The message.
 */
export function fileProblemLintMessage(problem: FileProblem): LintMessage {
  const place = problem.code === 'not-utf8' ? problem.params : undefined;
  return {
    ruleId: null,
    source: 'specmark',
    severity: 'error',
    message: fileProblemMessage(problem),
    line: place?.line ?? null,
    column: place?.column ?? null,
    endLine: null,
    endColumn: null,
    url: null,
    note: null,
    messageId: problem.code,
    data: null,
  };
}

/** The result of checking one file. */
export interface FileResult {
  /** Path relative to the working directory, with `/`. */
  path: string;
  /** Messages in file order. */
  messages: LintMessage[];
  /** How many messages are errors. */
  errorCount: number;
  /** How many messages are warnings. */
  warningCount: number;
  /**
   * Errors the suppressions file suppresses, in file order: not in `messages` nor counted
   * (default: none).
   */
  suppressedMessages?: LintMessage[];
}

/**
 * Build a file's result, sorting messages by place.
 *
 * @param path Path relative to the working directory.
 * @param messages The file's messages.
 * @returns The result with counts.
 */
export function fileResult(path: string, messages: LintMessage[]): FileResult {
  const sorted = [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    path,
    messages: sorted,
    errorCount: sorted.filter((message) => message.severity === 'error').length,
    warningCount: sorted.filter((message) => message.severity === 'warning').length,
  };
}
