import type { SpecFormat } from './answers.ts';

/** Source text with `\n` line endings and no byte order mark, and what was removed. */
export interface NormalizedSource {
  /** The text, BOM removed, every `\r\n` and lone `\r` turned into `\n`. */
  text: string;
  /** The line ending and BOM of the original. */
  format: Required<SpecFormat>;
}

/**
 * Remove a byte order mark and normalise line endings, remembering which were used: the first
 * line break decides (`\r\n` or `\n`).
 *
 * @param source Text as read from a file.
 * @returns The normalised text and its original format.
 */
export function normalizeSource(source: string): NormalizedSource {
  const bom = source.charCodeAt(0) === 0xfeff;
  const withoutBom = bom ? source.slice(1) : source;
  const firstBreak = /\r\n|\n|\r/.exec(withoutBom)?.[0];
  return {
    text: withoutBom.replace(/\r\n?/g, '\n'),
    format: { lineEnding: firstBreak === '\r\n' ? '\r\n' : '\n', bom },
  };
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
