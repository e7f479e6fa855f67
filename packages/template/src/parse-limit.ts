import { longBlock } from './block-length.ts';
import type { Point } from './model.ts';
import { deepNesting } from './nesting-depth.ts';

/** Where Markdown passes a limit of what is parsed, found by {@link parseLimitPassed}. */
export interface PassedParseLimit {
  /**
   * Which limit: `'nesting'`, block quotes and list items nested deeper than
   * {@link nestingLimit} levels; `'block-length'`, more than {@link blockLengthLimit} characters
   * without a blank line.
   */
  kind: 'nesting' | 'block-length';
  /** Where: the first line and column past the nesting limit, or the start of the long block. */
  place: Point;
  /** The limit that was passed (levels or characters). */
  limit: number;
}

/**
 * Find the first place where Markdown passes a limit that keeps parsing it linear in time and
 * memory and its tree shallow enough to walk, without parsing it: nesting deeper than
 * {@link nestingLimit} levels, or a block of more than {@link blockLengthLimit} characters without
 * a blank line. One pass each over the text.
 *
 * @param text Markdown source (any line endings).
 * @returns The first place, or `undefined` when the text is within both limits.
 */
export function parseLimitPassed(text: string): PassedParseLimit | undefined {
  const deep = deepNesting(text);
  const long = longBlock(text);
  if (long && (!deep || long.place.offset! <= deep.place.offset!)) return { kind: 'block-length', ...long };
  return deep && { kind: 'nesting', ...deep };
}
