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
