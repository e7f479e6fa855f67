import type { Point } from '../template/model.ts';

/**
 * Index the lines of a text once, then turn offsets into points in logarithmic time. Lines end at
 * `\n` (text from {@link normalizeSource} has no other line ending).
 *
 * @param text The text.
 * @returns A function from a 0-based offset (clamped to the text) to its 1-based line and column.
 */
export function lineIndex(text: string): (offset: number) => Point {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1, offset: clamped };
  };
}
