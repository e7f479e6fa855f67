import { markerWidth } from './list-marker.ts';
import type { Point } from '../template/model.ts';

/**
 * Deepest nesting of block quotes and list items read. Markdown parsers slow down sharply with
 * depth (hundreds of nested lists take seconds to parse), and deeper trees exhaust the stack of
 * the tools that walk them; no spec nests this deep.
 */
export const nestingLimit = 100;

/** Where Markdown nests too deep, found by {@link deepNesting}. */
export interface DeepNesting {
  /** The first line and column past the limit (offset from the start of the text). */
  place: Point;
  /** The limit that was passed. */
  limit: number;
}

/**
 * Find where block quotes and list items nest deeper than a limit, without parsing: one pass over
 * the text that counts the `>` and list markers opening each line and keeps the content columns
 * of the list items still open above it. It follows CommonMark closely enough to never exceed the
 * real depth by much and never fall short of it by much; thematic breaks (`- - -`) are not lists.
 *
 * @param text Markdown source (any line endings).
 * @param limit Deepest nesting allowed (default: {@link nestingLimit}).
 * @returns Where the limit is passed first, or `undefined`.
 */
export function deepNesting(text: string, limit: number = nestingLimit): DeepNesting | undefined {
  const open: number[] = [];
  let lineStart = 0;
  let line = 1;
  let afterBlank = true;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const tail = thematicTail(text, lineStart, lineEnd);
    let index = lineStart;
    let column = 0;
    let quotes = 0;
    let listSeen = false;
    let blank = true;
    for (;;) {
      while (index < lineEnd && (text[index] === ' ' || text[index] === '\t')) column = text[index++] === '\t' ? column + 4 - (column % 4) : column + 1;
      if (index >= lineEnd) break;
      blank = false;
      const width = text[index] === '>' ? 0 : index >= tail.start && tail.count(index) >= 3 ? -1 : markerWidth(text, index, lineEnd);
      if (text[index] === '>') {
        // A block quote opening a line closes the list items it is not indented into.
        if (!listSeen && quotes === 0) while (open.length > 0 && open[open.length - 1]! > column) open.pop();
        quotes++;
      } else if (width <= 0) {
        if (!listSeen && afterBlank) while (open.length > 0 && open[open.length - 1]! > column) open.pop();
        break;
      } else {
        if (!listSeen && quotes === 0) while (open.length > 0 && open[open.length - 1]! > column) open.pop();
        listSeen = true;
        open.push(column + width + 1);
      }
      if (quotes + open.length > limit) return { place: { line, column: index - lineStart + 1, offset: index }, limit };
      const step = Math.max(width, 1);
      index += step;
      column += step;
    }
    afterBlank = blank;
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
    line++;
  }
  return undefined;
}

/**
 * The part at the end of a line made only of one of `-`, `*`, `_` and spaces: a thematic break
 * when it starts at a marker and holds three of them.
 */
function thematicTail(text: string, lineStart: number, lineEnd: number): { start: number; count: (from: number) => number } {
  let start = lineEnd;
  let char: string | undefined;
  let total = 0;
  while (start > lineStart) {
    const previous = text[start - 1]!;
    if (previous === ' ' || previous === '\t') start--;
    else if ((char === undefined && (previous === '-' || previous === '*' || previous === '_')) || previous === char) {
      char = previous;
      total++;
      start--;
    } else break;
  }
  // Counting from the start of the tail forwards, once per line, keeps this linear.
  let seen = 0;
  let at = start;
  return {
    start,
    count(from) {
      while (at < from) if (text[at++] === char) seen++;
      return total - seen;
    },
  };
}
