import { shortText } from '@specmark/schema/text';
import type { Nodes } from 'mdast';
import type { Position } from 'unist';

/**
 * A range spanning several nodes.
 *
 * @param nodes Nodes in document order.
 * @returns From the first one's start to the last one's end, or `undefined`.
 */
export function spanOf(nodes: readonly Nodes[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/**
 * Shorten text quoted from the spec for a message, on one line: `shortText` (secrets redacted
 * before the cut) of the text with its white space collapsed.
 *
 * @param text Text.
 * @param max Longest result (default: `60`).
 * @returns The text on one line, cut with `…` when longer.
 */
export function clip(text: string, max = 60): string {
  return shortText(text.replace(/\s+/g, ' ').trim(), max);
}
