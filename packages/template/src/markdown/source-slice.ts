import type { Nodes } from 'mdast';

/**
 * The source of a run of sibling nodes, from the start of the first to the end of the last.
 *
 * @param source The Markdown the nodes were parsed from.
 * @param nodes Sibling nodes, in order, with positions.
 * @returns The verbatim source (empty for no nodes).
 */
export function sourceOf(source: string, nodes: readonly Nodes[]): string {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return '';
  return source.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0);
}
