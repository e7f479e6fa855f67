import { shownText } from '@specmark/schema/text';

/**
 * A problem's params with every string (and every string in a list) made safe to show with
 * `shownText`: secrets redacted, control characters escaped. Every problem message of the command
 * line and of the MCP tools words its params through this.
 *
 * @param params The params, as data.
 * @returns The same params, their strings safe to print.
 */
export function shownParams<Params extends Record<string, unknown>>(params: Params): Params {
  const shown = (value: unknown): unknown => (typeof value === 'string' ? shownText(value) : Array.isArray(value) ? value.map(shown) : value);
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, shown(value)])) as Params;
}

/**
 * Quote a value for a problem message.
 *
 * @param value A value already made safe by {@link shownParams}.
 * @returns It in backticks.
 */
export function quote(value: string): string {
  return '`' + value + '`';
}

/**
 * List values for a problem message: `` `a`, `b`, `c` ``.
 *
 * @param values Values already made safe by {@link shownParams}.
 * @returns Them quoted, joined by commas.
 */
export function oneOf(values: readonly string[]): string {
  return values.map(quote).join(', ');
}

/**
 * Word a path refused for a new file, the same for `specmark new` and `new_spec`.
 *
 * @param path The path, already made safe by {@link shownParams}.
 * @param reason `control`: it holds a control, line-break or bidirectional-text character;
 *   `folder`: it ends in `/`.
 * @returns The sentence, without a final full stop.
 */
export function pathInvalidWording(path: string, reason: 'control' | 'folder'): string {
  return reason === 'control'
    ? `Unexpected path ${quote(path)} with a line break, control or bidirectional-text character, expected a file path of printable characters`
    : `Unexpected path ${quote(path)} ending in \`/\`, expected the path of a file`;
}

/** How a surface names the inputs of a spec started from a provider's API description: `--api`/`--operation`, or `api`/`operations`. */
export interface ApiInputNames {
  /** The description's input (`--api`). */
  api: string;
  /** The operations' input (`--operation`). */
  operation: string;
}

/**
 * Word operations named without their description, the same for `specmark new` and `new_spec`.
 *
 * @param names The surface's input names.
 * @returns The sentence, without a final full stop.
 */
export function apiMissingWording(names: ApiInputNames): string {
  return `Unexpected ${quote(names.operation)} without ${quote(names.api)}, expected ${quote(names.api)} naming the provider's API description the operations are in`;
}

/**
 * Word a provider's API description that cannot be used, the same for `specmark new` and `new_spec`.
 *
 * @param description The description as given, already made safe by {@link shownParams}.
 * @param reason Why, already made safe.
 * @param line The line of the description where it went wrong, when known.
 * @param column Its column.
 * @returns The sentence, without a final full stop.
 */
export function apiUnreadableWording(description: string, reason: string, line?: number, column?: number): string {
  return `Cannot use the API description ${quote(description + (line === undefined ? '' : `:${line}:${column ?? 1}`))}: ${reason.replace(/\.$/, '')}`;
}

/**
 * Word an operation a description lacks, the same for `specmark new` and `new_spec`.
 *
 * @param actual The operation as given, already made safe by {@link shownParams}.
 * @param description The description as given, already made safe.
 * @param nearest Its nearest operations, already made safe.
 * @returns The sentence, without a final full stop.
 */
export function operationUnknownWording(actual: string, description: string, nearest: readonly string[]): string {
  return `Unexpected operation ${quote(actual)}, expected one that ${quote(description)} documents${nearest.length === 0 ? '' : `, such as ${oneOf(nearest)}`}`;
}

/**
 * Word a description named without operations when it has too many to take them all, the same for
 * `specmark new` and `new_spec`.
 *
 * @param names The surface's input names.
 * @param description The description as given, already made safe by {@link shownParams}.
 * @param count How many operations it documents.
 * @param examples A few of them, already made safe.
 * @param limit The most operations taken all at once.
 * @returns The sentence, without a final full stop.
 */
export function operationsMissingWording(names: ApiInputNames, description: string, count: number, examples: readonly string[], limit: number): string {
  if (count === 0) return `Unexpected ${quote(names.api)} without ${quote(names.operation)}, expected a description that documents operations: ${quote(description)} documents none`;
  return `Unexpected ${quote(names.api)} without ${quote(names.operation)}, expected ${quote(names.operation)} for each operation the spec integrates, such as ${oneOf(examples)} (${quote(description)} documents ${count}: all are taken only up to ${limit})`;
}
