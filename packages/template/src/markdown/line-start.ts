/**
 * Where the line holding an offset starts, in text with `\n` line endings.
 *
 * @param text The text.
 * @param offset A 0-based offset in it.
 * @returns The offset of the first character of that line.
 */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
