import type { Point } from '../template/model.ts';

/**
 * Most characters other than spaces and tabs read in one block of lines without a blank line
 * between them (32 KiB). micromark, the parser under remark, takes time quadratic in the length of
 * one paragraph (it merges the paragraph's runs of text one at a time, each time moving the rest of
 * the paragraph's events; spaces and tabs start no run), so a paragraph of 200 KB takes many
 * seconds; no spec writes a paragraph, table or code block this long without a blank line.
 */
export const blockLengthLimit = 32 * 1024;

/** Where Markdown runs too long without a blank line, found by {@link longBlock}. */
export interface LongBlock {
  /** Where the block starts (line, column 1, offset from the start of the text). */
  place: Point;
  /** The limit that was passed, in characters. */
  limit: number;
}

/**
 * Find the first block of lines that runs longer than a limit without a blank line (a line of only
 * spaces and tabs), without parsing. Characters other than spaces and tabs count, and the line
 * endings between the block's lines. Frontmatter that opens on the first line and closes is not a
 * block: it is read as YAML, not as Markdown. Everything else counts, whatever it turns out to be
 * (paragraph, list, table, code), so that no paragraph can be longer than the limit.
 *
 * @param text Markdown source (any line endings).
 * @param limit Most characters counted in one block (default: {@link blockLengthLimit}).
 * @returns The first block past the limit, or `undefined`.
 */
export function longBlock(text: string, limit: number = blockLengthLimit): LongBlock | undefined {
  let lineStart = frontmatterEnd(text);
  let line = 1 + countLineEndings(text, lineStart);
  let block: { offset: number; line: number; length: number } | undefined;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    let counted = 0;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') {
      if (text[lineEnd] !== ' ' && text[lineEnd] !== '\t') counted++;
      lineEnd++;
    }
    const next = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : lineEnd < text.length ? 1 : 0);
    if (counted === 0) block = undefined;
    else {
      block ??= { offset: lineStart, line, length: -1 };
      // The line ending before this line counts too.
      block.length += counted + 1;
      if (block.length > limit) return { place: { line: block.line, column: 1, offset: block.offset }, limit };
    }
    lineStart = next;
    line++;
  }
  return undefined;
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
