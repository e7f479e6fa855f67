import { lineIndex } from './line-index.ts';
import type { Point } from '../template/model.ts';

/**
 * Turn an offset into a line and column.
 *
 * @param source The text.
 * @param offset 0-based offset into `source`.
 * @returns The point at that offset.
 */
export function pointAt(source: string, offset: number): Point {
  return lineIndex(source)(offset);
}
