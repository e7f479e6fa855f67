import type { Nodes } from 'mdast';
import type { Position } from 'unist';
import { sourceOfNode } from './text.ts';

/**
 * A place and quick fix for content missing at the end of a node: the message covers the node
 * (the list or heading it belongs after) and the fix is the node's source followed by the text.
 * (A bare point at the end of the last node would fall outside the document for message control.)
 *
 * @param source The file's text.
 * @param node The list (or heading) the text goes after.
 * @param text Markdown to append, starting with its line break.
 * @returns The place and the `expected` value, or `undefined` when the node has no position.
 */
export function appendFix(source: string, node: Nodes, text: string): { place: Position; expected: string[] } | undefined {
  const markdown = sourceOfNode(source, node);
  if (!node.position || markdown === undefined) return undefined;
  return { place: node.position, expected: [markdown + text] };
}
