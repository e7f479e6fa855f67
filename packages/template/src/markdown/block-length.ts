import type { Point } from '../template/model.ts';

/**
 * Most characters other than spaces and tabs read in one paragraph (32 KiB). micromark, the parser
 * under remark, takes time quadratic in the length of one paragraph (it merges the paragraph's runs
 * of text one at a time, each time moving the rest of the paragraph's events; spaces and tabs
 * start no run), so a paragraph of 200 KB takes many seconds; no spec writes a paragraph this long.
 * Lists, tables and code blocks cost time and memory in proportion to their length, however long.
 */
export const blockLengthLimit = 32 * 1024;

/** Where Markdown runs too long without a blank line, found by {@link longBlock}. */
export interface LongBlock {
  /** Where the block starts (line, column 1, offset from the start of the text). */
  place: Point;
  /** The limit that was passed, in characters. */
  limit: number;
}

/** A line split where its block quote markers end: the markers and the indentation after them, and the rest. */
interface LineParts {
  /** The block quote markers (`>`, each with up to 3 spaces before it and one after it) and the spaces and tabs after them. */
  prefix: string;
  /** Whether the spaces and tabs after the markers are more than 3 columns, or hold a tab (which may be). */
  indented: boolean;
  /** The rest of the line. */
  rest: string;
}

/** What a list item line is, for an item on the next line to continue its list. */
interface ItemLine {
  /** The line's prefix (see {@link LineParts}). */
  prefix: string;
  /** The ordered list's delimiter (`.` or `)`), `undefined` for a bullet. */
  delimiter: string | undefined;
}

/**
 * Find the first run of paragraph text longer than a limit, without parsing. It counts the lines
 * of a block (lines without a blank line, a line of only spaces and tabs, between them): the
 * characters other than spaces and tabs, and the line endings between the lines. A block's count
 * starts again where a new paragraph certainly starts: at a list item that ends the paragraph
 * before it (a bullet with text after it; an ordered item numbered 1, or one after an item of the
 * same list on the line before); and the lines of a table are not counted (a line of `|` cells and
 * a delimiter row of as many, after a blank line, and the rows after them with the same block
 * quote markers and indentation, none holding a `>`, which would end an HTML block they may be in).
 * Everything else counts, whatever it turns out to be (a paragraph, a code block), so that no
 * paragraph can be longer than the limit; after frontmatter that opens and never closes, every
 * line counts. Frontmatter that opens on the first line and closes is not a block: it is read as
 * YAML, not as Markdown.
 *
 * @param text Markdown source (any line endings).
 * @param limit Most characters counted in one block (default: {@link blockLengthLimit}).
 * @returns The first block past the limit, or `undefined`.
 */
export function longBlock(text: string, limit: number = blockLengthLimit): LongBlock | undefined {
  let lineStart = frontmatterEnd(text);
  let line = 1 + countLineEndings(text, lineStart);
  // After frontmatter that opens and never closes, micromark starts no list or block quote in the
  // whole text (their lines are paragraph text): every line counts.
  const plain = lineStart === 0 && /^\uFEFF?---[ \t]*(?:\r|\n|$)/.test(text);
  let block: { offset: number; line: number; length: number } | undefined;
  // Whether the line before was blank (or there was none); the prefix of the table being read; the list item on the line before.
  let afterBlank = true;
  let table: string | undefined;
  let item: ItemLine | undefined;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const next = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : lineEnd < text.length ? 1 : 0);
    const content = text.slice(lineStart, lineEnd);
    const counted = countedCharacters(content);
    const parts = splitQuoteMarkers(content);
    if (counted === 0) {
      block = table = item = undefined;
      afterBlank = true;
    } else {
      if (table !== undefined && !tableRow(parts, table)) table = undefined;
      if (table === undefined && !plain && afterBlank && tableStarts(parts, text, next)) table = parts.prefix;
      // A list item line after a blank line starts an item: no paragraph is open for it to continue.
      const itemHere = plain ? undefined : itemLine(parts);
      const startsItem = itemHere !== undefined && (afterBlank || startsParagraph(itemHere, item));
      if (table !== undefined) block = undefined;
      else {
        if (startsItem) block = undefined;
        block ??= { offset: lineStart, line, length: -1 };
        // The line ending before this line counts too.
        block.length += counted + 1;
        if (block.length > limit) return { place: { line: block.line, column: 1, offset: block.offset }, limit };
      }
      item = startsItem ? itemHere.continues : undefined;
      afterBlank = false;
    }
    lineStart = next;
    line++;
  }
  return undefined;
}

/** The offset where the line starting at an offset ends (its line ending, or the end of the text). */
function endOfLine(text: string, start: number): number {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/** Characters of a line other than spaces and tabs. */
function countedCharacters(content: string): number {
  let counted = 0;
  for (let index = 0; index < content.length; index++) if (content[index] !== ' ' && content[index] !== '\t') counted++;
  return counted;
}

/** A line's block quote markers and indentation, and the rest. */
function splitQuoteMarkers(content: string): LineParts {
  let markersEnd = 0;
  for (;;) {
    let at = markersEnd;
    while (at < content.length && at - markersEnd < 3 && content[at] === ' ') at++;
    if (content[at] !== '>') break;
    markersEnd = at + (content[at + 1] === ' ' ? 2 : 1);
  }
  let end = markersEnd;
  while (end < content.length && (content[end] === ' ' || content[end] === '\t')) end++;
  const indentation = content.slice(markersEnd, end);
  return { prefix: content.slice(0, end), indented: indentation.length > 3 || indentation.includes('\t'), rest: content.slice(end) };
}

/**
 * The list item a line starts, when it has text after its marker: whether it is a bullet or the
 * number it is ordered by, and what a next item on the next line continues.
 */
function itemLine(parts: LineParts): { number: string | undefined; continues: ItemLine } | undefined {
  if (parts.indented) return undefined;
  const bullet = /^[-+*][ \t]+\S/.exec(parts.rest);
  if (bullet) return thematicBreak(parts.rest) ? undefined : { number: undefined, continues: { prefix: parts.prefix, delimiter: undefined } };
  const ordered = /^(\d{1,9})([.)])[ \t]+\S/.exec(parts.rest);
  return ordered ? { number: ordered[1], continues: { prefix: parts.prefix, delimiter: ordered[2] } } : undefined;
}

/**
 * Whether a list item line certainly ends the paragraph before it: a bullet always (with text
 * after it, it may interrupt one); an ordered item numbered 1, or one continuing the list of an
 * ordered item that started on the line before (same block quote markers, indentation and delimiter).
 */
function startsParagraph(here: { number: string | undefined; continues: ItemLine }, before: ItemLine | undefined): boolean {
  if (here.number === undefined || here.number === '1') return true;
  return before?.delimiter !== undefined && before.delimiter === here.continues.delimiter && before.prefix === here.continues.prefix;
}

/** Whether a line is a bullet's thematic break (three or more of `-` or `*`, and blanks). */
function thematicBreak(rest: string): boolean {
  return /^(?:-[ \t]*){3,}$|^(?:\*[ \t]*){3,}$/.test(rest);
}

/** Whether a line is a row of the table whose lines have a prefix: the same prefix, a `|` after it, and no `>`. */
function tableRow(parts: LineParts, prefix: string): boolean {
  return parts.prefix === prefix && parts.rest.startsWith('|') && !parts.rest.includes('>');
}

/**
 * Whether a line (after a blank line) starts a table: it is a row of `|` cells, and the next line,
 * with the same prefix, a delimiter row of as many cells; neither holds a `>`.
 */
function tableStarts(parts: LineParts, text: string, nextStart: number): boolean {
  if (!parts.rest.startsWith('|') || parts.rest.includes('>') || nextStart >= text.length) return false;
  const delimiter = splitQuoteMarkers(text.slice(nextStart, endOfLine(text, nextStart)));
  if (delimiter.prefix !== parts.prefix || !delimiter.rest.startsWith('|') || delimiter.rest.includes('>')) return false;
  const cells = tableCells(delimiter.rest);
  return cells.length > 0 && cells.every((cell) => /^[ \t]*:?-+:?[ \t]*$/.test(cell)) && tableCells(parts.rest).length === cells.length;
}

/** The cells of a table row that starts with `|`: split at each `|` not escaped by a `\\`, without the row's opening and closing `|`. */
function tableCells(rest: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let index = 1; index < rest.length; index++) {
    const char = rest[index]!;
    if (char === '\\' && index + 1 < rest.length) {
      cell += char + rest[++index];
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  if (cell.trim() !== '') cells.push(cell);
  return cells;
}

/**
 * The offset after frontmatter that opens on the first line and closes, else 0. Only the strictest
 * spelling (`---` alone on its line) counts, so that no text the parser reads as Markdown is skipped.
 */
function frontmatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---(?:\r\n|\r|\n)/.exec(text.slice(start, start + 5));
  if (!open) return 0;
  const close = /(?:\r\n|\r|\n)---(?:\r\n|\r|\n|$)/g;
  close.lastIndex = start + open[0].length - 1;
  const found = close.exec(text);
  return found ? found.index + found[0].length : 0;
}

/** Line endings (`\r\n`, `\r`, `\n`) before an offset. */
function countLineEndings(text: string, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index++) {
    if (text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n')) count++;
  }
  return count;
}
