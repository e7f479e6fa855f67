import type { SpecFormat } from '../reading/answers.ts';

/** Source text with `\n` line endings and no byte order mark, and how to find the original bytes. */
export interface NormalizedSource {
  /** The text, BOM removed, every `\r\n` and lone `\r` turned into `\n`. */
  text: string;
  /** The line ending (the first one decides) and BOM of the original. */
  format: Required<SpecFormat>;
  /** The original's first line ending, a lone `\r` included (default: `\n`). */
  eol: '\n' | '\r\n' | '\r';
  /**
   * Map an offset in `text` to the offset of the same character in the original (a `\n` that was
   * `\r\n` maps to its `\r`). Lines and columns are the same in both: only offsets move.
   *
   * @param offset 0-based offset in `text` (`text.length` maps to the original's length).
   * @returns The offset in the original.
   */
  toOriginal(offset: number): number;
}

/**
 * Remove a byte order mark and normalise line endings, remembering which were used and where, so
 * that an edit planned on the normalised text can be applied to the original bytes.
 *
 * @param source Text as read from a file.
 * @returns The normalised text, its original format and an offset map back to the original.
 */
export function normalizeSource(source: string): NormalizedSource {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const withoutBom = bom ? source.slice(1) : source;
  const firstBreak = /\r\n|\n|\r/.exec(withoutBom)?.[0];
  const format: Required<SpecFormat> = { lineEnding: firstBreak === '\r\n' ? '\r\n' : '\n', bom: bom === 1 };
  const eol = firstBreak === '\r\n' || firstBreak === '\r' ? firstBreak : '\n';
  if (!withoutBom.includes('\r')) return { text: withoutBom, format, eol, toOriginal: (offset) => offset + bom };
  // Offsets in the normalised text just past each `\r\n` that became one `\n`: every one of them
  // before an offset moves it one further in the original.
  const collapsed: number[] = [];
  let text = '';
  let from = 0;
  const breaks = /\r\n?/g;
  for (let match = breaks.exec(withoutBom); match; match = breaks.exec(withoutBom)) {
    text += withoutBom.slice(from, match.index) + '\n';
    from = match.index + match[0].length;
    if (match[0].length === 2) collapsed.push(text.length);
  }
  text += withoutBom.slice(from);
  const toOriginal = (offset: number): number => {
    let low = 0;
    let high = collapsed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (collapsed[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return offset + bom + low;
  };
  return { text, format, eol, toOriginal };
}

/**
 * Apply a format to `\n`-separated text: the line ending and the byte order mark.
 *
 * @param text Text with `\n` line endings.
 * @param format Line ending and BOM (default: `\n`, no BOM).
 * @returns The text as it should be written.
 */
export function applyFormat(text: string, format: SpecFormat | undefined): string {
  const lines = format?.lineEnding === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return format?.bom ? '\ufeff' + lines : lines;
}
