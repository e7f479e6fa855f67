import type { LoadedConfig } from './config/specmark-config.ts';
import { errorLine } from './error-line.ts';
import { apiMissingWording, apiUnreadableWording, oneOf, operationsMissingWording, operationUnknownWording, pathInvalidWording, quote, shownParams } from './problem-wording.ts';

/** The flags of `specmark new` that start a spec from a provider's API description. */
const apiFlags = { api: '--api', operation: '--operation' };

/** A problem that stops a command, as data; the wording lives in {@link cliProblemMessage}. */
export type CliProblem =
  | { code: 'command-unknown'; params: { actual: string; commands: string[] } }
  | { code: 'flag-unknown'; params: { actual: string; command: string; flags: string[] } }
  | { code: 'flag-value-missing'; params: { flag: string; value: string } }
  | { code: 'flag-value-unexpected'; params: { flag: string } }
  | { code: 'flag-value-invalid'; params: { flag: string; actual: string; expected: string } }
  | { code: 'argument-unexpected'; params: { actual: string; command: string } }
  | { code: 'template-unknown'; params: { actual: string; known: string[] } }
  | { code: 'template-invalid'; params: { path: string; reason: string } }
  | { code: 'title-missing'; params: {} }
  | { code: 'file-exists'; params: { path: string } }
  | { code: 'file-write'; params: { path: string; reason: string } }
  | { code: 'glob-invalid'; params: { actual: string; reason: string } }
  | { code: 'path-missing'; params: { path: string } }
  | { code: 'title-invalid'; params: { actual: string } }
  | { code: 'path-invalid'; params: { path: string; reason: 'control' | 'folder' } }
  | { code: 'cache-invalid'; params: { path: string; reason: string } }
  | { code: 'cache-write'; params: { path: string; reason: string } }
  | { code: 'config-invalid'; params: { path: string; line?: number | undefined; reason: string } }
  | { code: 'config-conflict'; params: { first: string; second: string; key: string } }
  | { code: 'suppressions-invalid'; params: { path: string; line: number | null; column: number | null; reason: string } }
  | { code: 'suppressions-missing'; params: { path: string } }
  | { code: 'flags-conflict'; params: { first: string; second: string } }
  | { code: 'api-missing'; params: {} }
  | { code: 'api-unreadable'; params: { description: string; reason: string; line?: number; column?: number } }
  | { code: 'operation-unknown'; params: { actual: string; description: string; nearest: string[] } }
  | { code: 'operations-missing'; params: { description: string; count: number; examples: string[]; limit: number } }
  | { code: 'internal'; params: { reason: string } };

/** Thrown for a {@link CliProblem}: printed as one sentence, exit code 2, no stack trace. */
export class CliError extends Error {
  /** The problem, as data. */
  readonly problem: CliProblem;

  /**
   * @param problem The problem.
   */
  constructor(problem: CliProblem) {
    super(cliProblemMessage(problem));
    this.name = 'CliError';
    this.problem = problem;
  }
}

/**
 * The problem of a configuration whose settings the lint preset refuses, named by its file (or as
 * the default configuration), with the first line of the preset's reason.
 *
 * @param loaded The configuration.
 * @param error What the preset threw.
 * @returns The error to throw.
 */
export function configRefused(loaded: LoadedConfig, error: unknown): CliError {
  return new CliError({ code: 'config-invalid', params: { path: loaded.sources[0] ?? 'the default configuration', reason: errorLine(error) } });
}

/**
 * Word a command line problem. Every such message lives here. Whatever came from the command
 * line, a file or an error (paths, names, reasons) is shown through `shownText`: secrets
 * redacted, control characters escaped.
 *
 * @param problem The problem, as data.
 * @returns One sentence, on one line.
 */
export function cliProblemMessage(problem: CliProblem): string {
  return wording({ code: problem.code, params: shownParams(problem.params) } as CliProblem);
}

/** The wording of a problem whose params are safe to show. */
function wording(problem: CliProblem): string {
  switch (problem.code) {
    case 'command-unknown':
      return `Unexpected command ${quote(problem.params.actual)}, expected one of ${oneOf(problem.params.commands)} (see \`specmark --help\`)`;
    case 'flag-unknown':
      return `Unexpected flag ${quote(problem.params.actual)} for \`specmark${problem.params.command ? ' ' + problem.params.command : ''}\`, expected one of ${oneOf(problem.params.flags)}`;
    case 'flag-value-missing':
      return `Unexpected ${quote(problem.params.flag)} without a value, expected ${quote(problem.params.flag + ' ' + problem.params.value)}`;
    case 'flag-value-unexpected':
      return `Unexpected value for ${quote(problem.params.flag)}, expected the flag alone`;
    case 'flag-value-invalid':
      return `Unexpected ${quote(problem.params.actual)} for ${quote(problem.params.flag)}, expected ${problem.params.expected}`;
    case 'argument-unexpected':
      return `Unexpected argument ${quote(problem.params.actual)} for \`specmark ${problem.params.command}\` (see \`specmark ${problem.params.command} --help\`)`;
    case 'template-unknown':
      return `Unexpected template ${quote(problem.params.actual)}, expected one of ${oneOf(problem.params.known)} or the path of a template file`;
    case 'template-invalid':
      return `Cannot use template ${quote(problem.params.path)}: ${problem.params.reason}`;
    case 'title-missing':
      return 'Unexpected missing title, expected `specmark new <template> "<title>"`';
    case 'file-exists':
      return `Unexpected existing file ${quote(problem.params.path)}, expected a new path (pass \`--force\` to overwrite it)`;
    case 'file-write':
      return `Cannot write ${quote(problem.params.path)}: ${problem.params.reason}`;
    case 'glob-invalid':
      return `Unexpected pattern ${quote(problem.params.actual)} (${problem.params.reason}), expected a path or a glob such as \`docs/**/*.md\``;
    case 'path-missing':
      return `Unexpected path ${quote(problem.params.path)}, expected an existing file or folder, or a glob that matches files`;
    case 'title-invalid':
      return `Unexpected title ${quote(problem.params.actual)} with a line break or control character, expected one line of text`;
    case 'path-invalid':
      return pathInvalidWording(problem.params.path, problem.params.reason);
    case 'cache-invalid':
      return `Cannot use ${quote(problem.params.path)} as the cache: ${problem.params.reason} (remove it, or pass another \`--cache-location\`)`;
    case 'cache-write':
      return `Cannot write the cache ${quote(problem.params.path)}: ${problem.params.reason}; the results are not cached`;
    case 'config-invalid':
      return `Cannot use configuration ${quote(problem.params.path + (problem.params.line === undefined ? '' : ':' + problem.params.line))}: ${problem.params.reason}`;
    case 'config-conflict':
      return `Unexpected different settings for ${quote(problem.params.key)} in ${quote(problem.params.first)} and ${quote(problem.params.second)}, expected one configuration (keep one, or make them agree)`;
    case 'suppressions-invalid': {
      const { path, line, column, reason } = problem.params;
      return `Cannot use the suppressions file ${quote(line === null ? path : `${path}:${line}:${column}`)}: ${reason} (mend it, or remove it and run \`specmark check --suppress-all\` again)`;
    }
    case 'suppressions-missing':
      return `Unexpected missing suppressions file ${quote(problem.params.path)}, expected an existing file (write it with \`specmark check --suppress-all\`)`;
    case 'flags-conflict':
      return `Unexpected ${quote(problem.params.first)} with ${quote(problem.params.second)}, expected one of them`;
    case 'api-missing':
      return apiMissingWording(apiFlags);
    case 'api-unreadable':
      return apiUnreadableWording(problem.params.description, problem.params.reason, problem.params.line, problem.params.column);
    case 'operation-unknown':
      return operationUnknownWording(problem.params.actual, problem.params.description, problem.params.nearest);
    case 'operations-missing':
      return operationsMissingWording(apiFlags, problem.params.description, problem.params.count, problem.params.examples, problem.params.limit);
    case 'internal':
      return `Internal error: ${problem.params.reason}`;
  }
}
