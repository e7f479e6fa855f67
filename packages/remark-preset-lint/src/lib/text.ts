import { shownText } from '@specmark/schema';
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
 * Shorten text quoted from the spec for a message: secret-looking runs are redacted first (so no
 * part of one survives the cut), then the text is cut.
 *
 * @param text Text.
 * @param max Longest result (default: `60`).
 * @returns The text on one line, cut with `…` when longer.
 */
export function clip(text: string, max = 60): string {
  const line = shownText(text, { keepControls: true }).replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}
