import { relative, resolve, sep } from 'node:path';
import { findOperation, operationLabel, prefillAnswers } from '@specmark/api-description';
import { loadDescription, locateDescription } from '@specmark/api-description/node';
import type { Answers, Template } from '@specmark/template';
import { NewSpecError } from './new-spec.ts';
import { allOperationsLimit } from './operations-limit.ts';


/** What a spec starts from when it starts from a provider's API description. */
export interface ApiPrefillRequest {
  /** The template the spec follows. */
  template: Template;
  /** The spec's title, trimmed. */
  title: string;
  /** The description as given: a path relative to `from`, or a package path. */
  description: string;
  /** The operations, as `METHOD /path` or operation ids (default: all of them when the description has at most {@link allOperationsLimit}). */
  operations: readonly string[];
  /** The folder the description's path is relative to (the working directory, the workspace root). */
  from: string;
  /** Where the spec goes, absolute: `api.description` is written relative to its folder. */
  specPath: string;
  /** Whether the description's file may be read (default: any); checked before it is read. */
  allowed?: (path: string) => boolean | Promise<boolean>;
}

/** A started spec's answers and the description file they come from. */
export interface ApiPrefill {
  /** The answers, frontmatter `api` naming the description relative to the spec (or by its package path). */
  answers: Answers;
  /** The description's file, absolute. */
  path: string;
}

/**
 * Start a spec from a provider's API description, the one way `specmark new --api` and `new_spec`
 * do: the description read, every operation named found in it, and the answers prefilled. Without
 * operations, a description of at most {@link allOperationsLimit} operations gives all of them; a
 * larger one is refused, with a few of its operations as examples.
 *
 * @param request The description, the operations and where the spec goes.
 * @returns The answers and the description's file.
 * @throws {NewSpecError} When the description cannot be read (`api-unreadable`), an operation is not
 *   in it (`operation-unknown`, with the nearest), or no operation is named for a large one (`operations-missing`).
 */
export async function apiPrefill(request: ApiPrefillRequest): Promise<ApiPrefill> {
  const { description } = request;
  const from = resolve(request.from, 'spec.md');
  const located = locateDescription(description, from);
  if (located.ok && request.allowed && !(await request.allowed(located.value))) {
    throw new NewSpecError({ code: 'api-unreadable', params: { description, reason: `Unexpected \`${description}\` outside the workspace, expected a description inside it` } });
  }
  const loaded = located.ok ? await loadDescription(description, { from }) : located;
  if (!loaded.ok) {
    const { message, line, column } = loaded.problem;
    throw new NewSpecError({ code: 'api-unreadable', params: { description, reason: message, ...(line === undefined ? {} : { line, column: column ?? 1 }) } });
  }
  const { path, index } = loaded.value;
  let operations = request.operations;
  if (operations.length === 0) {
    if (index.operations.length > allOperationsLimit || index.operations.length === 0) {
      throw new NewSpecError({ code: 'operations-missing', params: { description, count: index.operations.length, examples: index.operations.slice(0, 3).map(operationLabel), limit: allOperationsLimit } });
    }
    operations = index.operations.map(operationLabel);
  }
  for (const operation of operations) {
    const found = findOperation(index, operation);
    if (!found.found) throw new NewSpecError({ code: 'operation-unknown', params: { actual: operation, description, nearest: found.nearest } });
  }
  // A file path is written relative to the spec; a package path as given (it is found from the spec's folder too).
  const asFile = path === resolve(request.from, description);
  const named = asFile ? specRelative(resolve(request.specPath, '..'), path) : description;
  return { answers: prefillAnswers(request.template, index, { description: named, operations }, { title: request.title }), path };
}

/** A file's path relative to a folder, with `/` separators, starting with `./` or `../`. */
function specRelative(folder: string, path: string): string {
  const written = relative(folder, path).split(sep).join('/');
  return written.startsWith('../') ? written : `./${written}`;
}
