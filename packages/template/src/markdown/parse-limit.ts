import { longBlock } from './block-length.ts';
import { manyContainerClosings } from './container-closings.ts';
import type { Point } from '../template/model.ts';
import { deepNesting } from './nesting-depth.ts';

/** Where Markdown passes a limit of what is parsed, found by {@link parseLimitPassed}. */
export interface PassedParseLimit {
  /**
   * Which limit: `'nesting'`, block quotes and list items nested deeper than
   * {@link nestingLimit} levels; `'block-length'`, more than {@link blockLengthLimit} characters
   * of paragraph text without a blank line (lists and tables aside, see `longBlock`); `'container-closings'`, more than {@link containerClosingLimit} lines
   * ending lists or block quotes.
   */
  kind: 'nesting' | 'block-length' | 'container-closings';
  /** Where: the first line and column past the nesting limit, the start of the long block, or the line ending one list or quote too many. */
  place: Point;
  /** The limit that was passed (levels, characters or lines). */
  limit: number;
}

/**
 * Find the first place where Markdown passes a limit that keeps parsing it linear in time and
 * memory and its tree shallow enough to walk, without parsing it: nesting deeper than
 * {@link nestingLimit} levels, a paragraph of more than {@link blockLengthLimit} characters
 * (lists and tables aside), or more than {@link containerClosingLimit} lines ending lists or block quotes. One
 * pass each over the text.
 *
 * @param text Markdown source (any line endings).
 * @returns The first place, or `undefined` when the text is within the limits.
 */
export function parseLimitPassed(text: string): PassedParseLimit | undefined {
  const passed: PassedParseLimit[] = [];
  const deep = deepNesting(text);
  if (deep) passed.push({ kind: 'nesting', ...deep });
  const long = longBlock(text);
  if (long) passed.push({ kind: 'block-length', ...long });
  const closings = manyContainerClosings(text);
  if (closings) passed.push({ kind: 'container-closings', ...closings });
  // The earliest; on one line, in this order.
  return passed.reduce<PassedParseLimit | undefined>((first, next) => (first && first.place.offset! <= next.place.offset! ? first : next), undefined);
}
