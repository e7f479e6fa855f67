/**
 * Text from a description as one line: whitespace runs become one space, Markdown line breaks
 * included, and long text is cut at a word with `…`.
 *
 * @param value A value from the description.
 * @param limit The longest result, in characters (default: `160`).
 * @returns The line; `''` for a value that is not a string.
 */
export function oneLine(value: unknown, limit = 160): string {
  if (typeof value !== 'string') return '';
  const line = value.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}
