import { markerWidth } from './list-marker.ts';
import type { Point } from '../template/model.ts';
import { nestingLimit } from './nesting-depth.ts';

/**
 * Most lists and block quotes ended by a line that does not continue them (1,000). micromark, the
 * parser under remark, moves every event of the document read so far each time a line ends a list
 * or block quote without starting a new one (a paragraph, a heading or a blank line after it), so
 * such endings cost time quadratic in their number: 4,000 lists between paragraphs (100 KB) take
 * about 10 s. At the limit, 1,000 of them take about 1 s, alone (26 KB) or after 200 KB of other
 * text (each one costs time in proportion to the text before it); no spec ends anywhere near this many.
 */
export const containerClosingLimit = 1000;

/** Where Markdown ends too many lists and block quotes, found by {@link manyContainerClosings}. */
export interface ManyContainerClosings {
  /** The line where the limit is passed (column 1, offset of the line's start). */
  place: Point;
  /** The limit that was passed. */
  limit: number;
}

/** An open block quote, or an open list with its current item. */
type Container =
  | { list: false; paid: boolean }
  | {
      list: true;
      /** Columns the item's content is indented by, from where the list's marker line starts. */
      size: number;
      /** The bullet (`-`, `*`, `+`) or the ordered list's delimiter (`.`, `)`). */
      marker: string;
      /** Whether the item started with nothing after its marker. */
      initialBlank: boolean;
      /** Whether a blank line followed such an item's first line (it then holds nothing more). */
      furtherBlank: boolean;
      paid: boolean;
    };

/** Most containers followed (twice the nesting limit, which refuses such text first); a line opening more counts as ending one. */
const trackedDepth = 2 * nestingLimit;

/**
 * Find the line where Markdown has ended more than a limit of lists and block quotes, without
 * parsing: one pass over the lines that follows the containers the way CommonMark continues them
 * (a block quote by its `>`, a list by its items' indentation, blank lines and its next items) and
 * counts each line on which one or more of them end, whatever ends them. It errs on the side of
 * counting: a lazy paragraph line, a new list or quote, or a line inside a code block count when
 * they end a container, though micromark's cost comes only from the endings it moves events for.
 *
 * @param text Markdown source (any line endings).
 * @param limit Most lines that end containers (default: {@link containerClosingLimit}).
 * @returns Where the limit is passed, or `undefined`.
 */
export function manyContainerClosings(text: string, limit: number = containerClosingLimit): ManyContainerClosings | undefined {
  const open: Container[] = [];
  let closings = 0;
  // Whether the previous line ended in paragraph text, which a lazy line may continue.
  let paragraph = false;
  let lineStart = 0;
  let line = 1;
  for (;;) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const cells = expandTabs(text.slice(lineStart, lineEnd));
    const { kept, at: contentStart, nextItem } = continueContainers(open, cells);
    let at = contentStart;
    for (let index = 0; index < kept; index++) open[index]!.paid = false;
    const unpaid = open.slice(kept).some((container) => !container.paid);
    // Whether the line ends containers (or opens one past the depth followed).
    let ended = 0;
    // With every container continued, an empty item or one numbered other than 1 cannot interrupt a paragraph.
    const interrupting = paragraph && !nextItem && kept === open.length;
    const depth = open.length;
    if (nextItem || startsContainer(cells, at, false)) {
      // micromark ends these without moving events, but for the list items in a next item.
      if (nextItem && unpaid) ended++;
      open.length = kept;
    } else if (kept < open.length) {
      // Ended here, or kept open by a line that may continue a paragraph lazily and ended by a later one.
      if (unpaid) ended++;
      if (!paragraph || !paragraphText(cells, at, true)) open.length = kept;
      else for (let index = kept; index < open.length; index++) open[index]!.paid = true;
    }
    // New block quotes and list items opening the rest of the line.
    while (startsContainer(cells, at, interrupting)) {
      const start = skipSpaces(cells, at, 3);
      const item = listItem(cells, at, start);
      at = item ? item.content : start + (cells[start + 1] === ' ' ? 2 : 1);
      if (open.length < trackedDepth) open.push(item ? item.container : { list: false, paid: false });
      else ended = 1;
    }
    // An indented line continues a paragraph still open, and is code in a new block.
    paragraph = paragraphText(cells, at, paragraph && open.length === depth && !nextItem);
    closings += ended;
    if (closings > limit) return { place: { line, column: 1, offset: lineStart }, limit };
    if (lineEnd >= text.length) return undefined;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
    line++;
  }
}

/**
 * Continue the open containers on a line (tabs expanded): how many it continues, the column where
 * the rest of the line starts, and whether the last one continued is a list's next item (same
 * bullet or delimiter, not a thematic break), which ends the containers inside the previous item.
 */
function continueContainers(open: Container[], cells: string): { kept: number; at: number; nextItem: boolean } {
  let at = 0;
  for (let index = 0; index < open.length; index++) {
    const container = open[index]!;
    if (!container.list) {
      const quote = skipSpaces(cells, at, 3);
      if (cells[quote] !== '>') return { kept: index, at, nextItem: false };
      at = quote + (cells[quote + 1] === ' ' ? 2 : 1);
      continue;
    }
    if (skipSpaces(cells, at, Infinity) >= cells.length) {
      container.furtherBlank ||= container.initialBlank;
      continue;
    }
    const indented = !container.furtherBlank && skipSpaces(cells, at, container.size) - at >= container.size;
    container.initialBlank = container.furtherBlank = false;
    if (indented) {
      at += container.size;
      continue;
    }
    const item = listItem(cells, at, skipSpaces(cells, at, 3));
    if (!item || item.container.marker !== container.marker) return { kept: index, at, nextItem: false };
    open[index] = item.container;
    return { kept: index + 1, at: item.content, nextItem: true };
  }
  return { kept: open.length, at, nextItem: false };
}

/**
 * Whether a block quote or a list item starts at most 3 spaces after a column; when `interrupting`
 * a paragraph, an empty item or one numbered other than 1 does not.
 */
function startsContainer(cells: string, at: number, interrupting: boolean): boolean {
  const start = skipSpaces(cells, at, 3);
  if (cells[start] === '>') return true;
  const item = listItem(cells, at, start);
  return item !== undefined && !(interrupting && (item.container.initialBlank || /^(?:0*(?:[02-9]|[1-9]\d+)|0+)[.)]/.test(cells.slice(start, start + 11))));
}

/**
 * Whether the rest of a line from a column may be paragraph text: not blank, and not a heading, a
 * fence, a thematic break, a setext underline or HTML; indented by 4 columns, only when `continuing`
 * a paragraph (else it is code).
 */
function paragraphText(cells: string, at: number, continuing: boolean): boolean {
  const start = skipSpaces(cells, at, Infinity);
  if (start >= cells.length) return false;
  if (start - at >= 4) return continuing;
  return !/^(?:#{1,6}(?:[ \t]|$)|`{3}|~{3}|<|=+[ \t]*$|(?:[-*_][ \t]*){3,}$)/.test(cells.slice(start));
}

/**
 * The list item whose marker is at `start` (a thematic break is none): the open container and the
 * column where its content starts; its size counts from `at`, where the line's rest starts.
 */
function listItem(cells: string, at: number, start: number): { container: Container & { list: true }; content: number } | undefined {
  const width = markerWidth(cells, start, cells.length);
  if (width === 0 || thematicBreak(cells, start)) return undefined;
  const spaces = skipSpaces(cells, start + width, Infinity) - (start + width);
  const blank = start + width + spaces >= cells.length;
  const gap = blank || spaces > 4 ? 1 : spaces;
  return {
    container: {
      list: true,
      size: start - at + width + gap,
      marker: cells[start + width - 1]!,
      initialBlank: blank,
      furtherBlank: false,
      paid: false,
    },
    content: blank ? cells.length : start + width + gap,
  };
}

/** The index after at most `most` spaces from `from`. */
function skipSpaces(cells: string, from: number, most: number): number {
  let index = from;
  while (index < cells.length && index - from < most && cells[index] === ' ') index++;
  return index;
}

/** Whether the rest of a line from a `-` or `*` is a thematic break (three or more of it, and blanks). */
function thematicBreak(cells: string, start: number): boolean {
  const char = cells[start];
  if (char !== '-' && char !== '*') return false;
  let count = 0;
  for (let index = start; index < cells.length; index++) {
    if (cells[index] === char) count++;
    else if (cells[index] !== ' ') return false;
  }
  return count >= 3;
}

/** A line with its tabs expanded to spaces (tab stops every 4 columns). */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let cells = '';
  for (const char of line) cells += char === '\t' ? ' '.repeat(4 - (cells.length % 4)) : char;
  return cells;
}
