import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import { location } from 'vfile-location';
import type { VFile } from 'vfile';

/**
 * Normalise text for comparing what a spec wrote with the template: lower case, Markdown emphasis
 * markers removed, whitespace collapsed, trailing punctuation dropped.
 *
 * @param text Text.
 * @returns Comparable text.
 */
export function comparable(text: string): string {
  const spaced = text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  // Trailing `.;:!` go in a loop: `/[.;:!]+$/` would backtrack quadratically on a long run of them.
  let end = spaced.length;
  while (end > 0 && '.;:!'.includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end).toLowerCase();
}

/**
 * The plain text of nodes.
 *
 * @param nodes Nodes.
 * @returns Their text, joined by newlines.
 */
export function textOf(nodes: readonly Nodes[]): string {
  return nodes.map((node) => toString(node, { includeImageAlt: true, includeHtml: false })).join('\n');
}

/**
 * The source of a node, when it has offsets.
 *
 * @param source File text.
 * @param node Node.
 * @returns Its source, or `undefined`.
 */
export function sourceOfNode(source: string, node: Nodes): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : source.slice(start, end);
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>();

/**
 * Convert file offsets to a range (the file's line index is built once per file).
 *
 * @param file The file.
 * @param start Start offset.
 * @param end End offset.
 * @returns The range, or `undefined` when an offset is outside the file.
 */
export function rangeAt(file: VFile, start: number, end: number): Position | undefined {
  let place = locations.get(file);
  if (!place) {
    place = location(file);
    locations.set(file, place);
  }
  const from = place.toPoint(start);
  const to = place.toPoint(end);
  return from && to ? { start: from as Point, end: to as Point } : undefined;
}

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
 * Shorten text for a message.
 *
 * @param text Text.
 * @param max Longest result (default: `60`).
 * @returns The text, cut with `…` when longer.
 */
export function clip(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}
