import { apiMissingWording, apiUnreadableWording, oneOf, operationsMissingWording, operationUnknownWording, pathInvalidWording, quote, shownParams } from '../problem-wording.ts';
import { limits } from './mcp-limits.ts';

/** The inputs of `new_spec` that start a spec from a provider's API description. */
const apiInputs = { api: 'api', operation: 'operations' };

/** A problem that stops an MCP tool call, as data; the wording lives in {@link toolProblemMessage}. */
export type ToolProblem =
  | { code: 'path-outside'; params: { path: string } }
  | { code: 'path-symlink-outside'; params: { path: string } }
  | { code: 'path-extension'; params: { path: string } }
  | { code: 'path-missing'; params: { path: string } }
  | { code: 'path-not-file'; params: { path: string } }
  | { code: 'path-empty'; params: {} }
  | { code: 'path-invalid'; params: { path: string; reason: 'control' | 'folder' } }
  | { code: 'file-too-large'; params: { path: string; bytes: number } }
  | { code: 'text-too-large'; params: { bytes: number } }
  | { code: 'file-unusable'; params: { path: string; reason: string } }
  | { code: 'file-exists'; params: { path: string } }
  | { code: 'file-changed'; params: { path: string } }
  | { code: 'file-write'; params: { path: string; reason: string } }
  | { code: 'input-both'; params: { key: 'path' | 'paths' } }
  | { code: 'input-missing'; params: { key: 'path' | 'paths' } }
  | { code: 'paths-too-many'; params: { count: number } }
  | { code: 'write-without-path'; params: {} }
  | { code: 'value-invalid'; params: { key: string } }
  | { code: 'template-unknown'; params: { actual: string; known: string[] } }
  | { code: 'rule-unknown'; params: { actual: string; known: string[] } }
  | { code: 'fix-skipped'; params: { path: string; reason: string; known: string[] } }
  | { code: 'workspace'; params: { reason: string } }
  | { code: 'api-missing'; params: {} }
  | { code: 'api-unreadable'; params: { description: string; reason: string; line?: number; column?: number } }
  | { code: 'operation-unknown'; params: { actual: string; description: string; nearest: string[] } }
  | { code: 'operations-missing'; params: { description: string; count: number; examples: string[]; limit: number } };

/** Thrown inside a tool for a {@link ToolProblem}: the call ends with `isError` and the message. */
export class ToolError extends Error {
  /** The problem, as data. */
  readonly problem: ToolProblem;

  /**
   * @param problem The problem.
   */
  constructor(problem: ToolProblem) {
    super(toolProblemMessage(problem));
    this.name = 'ToolError';
    this.problem = problem;
  }
}

/** A size in bytes, with the limit in megabytes: `2,097,153 bytes, expected at most 2,097,152 bytes (2 MB)`. */
function size(bytes: number): string {
  const limit = limits.fileBytes;
  return `${bytes.toLocaleString('en-US')} bytes, expected at most ${limit.toLocaleString('en-US')} bytes (${limit / 1024 / 1024} MB)`;
}

/**
 * Word a tool problem. Every message of the MCP tools lives here. Whatever a client sent or a file
 * or an error holds (paths, ids, reasons) is shown through `shownText`, as on the command line:
 * secrets redacted, control characters escaped, so that nothing can break a line or drive a terminal.
 *
 * @param problem The problem, as data.
 * @returns One sentence, without a final full stop.
 */
export function toolProblemMessage(problem: ToolProblem): string {
  return wording({ code: problem.code, params: shownParams(problem.params) } as ToolProblem);
}

/** The wording of a problem whose params are safe to show. */
function wording(problem: ToolProblem): string {
  switch (problem.code) {
    case 'path-outside':
      return `Unexpected path ${quote(problem.params.path)} outside the workspace, expected a path inside it (relative to the workspace root)`;
    case 'path-symlink-outside':
      return `Unexpected path ${quote(problem.params.path)}: it is a symbolic link (or inside one) that leads outside the workspace, expected a file inside it`;
    case 'path-extension':
      return `Unexpected path ${quote(problem.params.path)}, expected a Markdown file ending in \`.md\` or \`.mdx\``;
    case 'path-missing':
      return `Unexpected path ${quote(problem.params.path)}, expected an existing file`;
    case 'path-not-file':
      return `Unexpected path ${quote(problem.params.path)}, expected a file, not a folder or device`;
    case 'path-invalid':
      return pathInvalidWording(problem.params.path, problem.params.reason);
    case 'path-empty':
      return 'Unexpected empty path, expected the path of a Markdown file in the workspace';
    case 'file-too-large':
      return `Unexpected file ${quote(problem.params.path)} of ${size(problem.params.bytes)}`;
    case 'text-too-large':
      return `Unexpected text of ${size(problem.params.bytes)}`;
    case 'file-unusable':
      return `Cannot fix ${quote(problem.params.path)}: ${problem.params.reason}; nothing was changed`;
    case 'file-exists':
      return `Unexpected existing file ${quote(problem.params.path)}, expected a new path (an existing file is never overwritten)`;
    case 'file-changed':
      return `Unexpected change to ${quote(problem.params.path)} while it was being fixed, expected it unchanged (nothing was written; call the tool again)`;
    case 'file-write':
      return `Cannot write ${quote(problem.params.path)}: ${problem.params.reason}`;
    case 'input-both':
      return `Unexpected both \`${problem.params.key}\` and \`text\`, expected one of them`;
    case 'input-missing':
      return `Unexpected call without \`${problem.params.key}\` or \`text\`, expected ${problem.params.key === 'paths' ? 'the spec files' : 'the spec file'} to read or the Markdown itself`;
    case 'paths-too-many':
      return `Unexpected ${problem.params.count} paths, expected at most ${limits.paths} in one call`;
    case 'write-without-path':
      return 'Unexpected `write: true` with `text`, expected a `path` to write to';
    case 'value-invalid':
      return `Unexpected value for \`${problem.params.key}\`, expected one line of text that is not empty, without control characters`;
    case 'template-unknown':
      return `Unexpected template ${quote(problem.params.actual)}, expected one of ${oneOf(problem.params.known)} (see \`list_templates\`)`;
    case 'rule-unknown':
      return `Unexpected rule ${quote(problem.params.actual)}, expected one of ${oneOf(problem.params.known)}`;
    case 'fix-skipped':
      return `Cannot fix ${quote(problem.params.path)}: ${problem.params.reason} (nothing was changed; the templates this workspace knows: ${oneOf(problem.params.known)})`;
    case 'workspace':
      return problem.params.reason;
    case 'api-missing':
      return apiMissingWording(apiInputs);
    case 'api-unreadable':
      return apiUnreadableWording(problem.params.description, problem.params.reason, problem.params.line, problem.params.column);
    case 'operation-unknown':
      return operationUnknownWording(problem.params.actual, problem.params.description, problem.params.nearest);
    case 'operations-missing':
      return operationsMissingWording(apiInputs, problem.params.description, problem.params.count, problem.params.examples, problem.params.limit);
  }
}
