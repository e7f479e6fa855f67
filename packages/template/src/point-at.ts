import type { Point } from './model.ts';

/**
 * Turn an offset into a line and column.
 *
 * @param source The text.
 * @param offset 0-based offset into `source`.
 * @returns The point at that offset.
 */
export function pointAt(source: string, offset: number): Point {
  const clamped = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let lineStart = 0;
  for (let index = source.indexOf('\n'); index !== -1 && index < clamped; index = source.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}
