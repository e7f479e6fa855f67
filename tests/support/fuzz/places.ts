/** A place a message points at: 1-based line and column, as vfile messages and issues carry them. */
export interface Place {
  line?: number | null | undefined;
  column?: number | null | undefined;
}

/**
 * The lengths of a text's lines, split the way Markdown and YAML parsers count lines: at `\r\n`,
 * `\r` and `\n`.
 *
 * @param text The text.
 * @returns The length of each line, in UTF-16 code units.
 */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/**
 * What is wrong with a place in a text: nothing when its line is one of the text's lines and its
 * column lies within that line (up to just after its last character).
 *
 * @param lengths The text's line lengths ({@link lineLengths}).
 * @param place The place.
 * @param what What the place belongs to, for the problem's wording.
 * @returns The problems, empty when the place is inside the text.
 */
export function placeProblems(lengths: readonly number[], place: Place, what: string): string[] {
  const { line, column } = place;
  if (typeof line !== 'number' || typeof column !== 'number') return [`${what}: no place (${line}:${column})`];
  if (!Number.isInteger(line) || line < 1 || line > lengths.length) return [`${what}: line ${line} outside 1–${lengths.length}`];
  const length = lengths[line - 1]!;
  if (!Number.isInteger(column) || column < 1 || column > length + 1) return [`${what}: column ${column} outside 1–${length + 1} of line ${line}`];
  return [];
}
