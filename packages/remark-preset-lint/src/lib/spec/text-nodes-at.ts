import type { Nodes, Root, Text } from 'mdast';

/**
 * The text nodes that contain given offsets of the source, found by descending the tree along
 * positions — a few steps per offset — instead of walking every node. A rule looking for a rare
 * character (the `[` of a prompt) finds where it is in the text, then asks which text nodes those
 * places belong to.
 *
 * @param tree The tree, with positions (a tree without them has no text node to find).
 * @param offsets Offsets in the source the tree was parsed from, ascending.
 * @returns The text nodes holding one of the offsets, each once, in document order.
 */
export function textNodesAt(tree: Root, offsets: readonly number[]): Text[] {
  const found: Text[] = [];
  for (const offset of offsets) {
    const node = deepestAt(tree, offset);
    if (node?.type === 'text' && found.at(-1) !== node) found.push(node);
  }
  return found;
}

/** The deepest node whose range holds an offset. */
function deepestAt(root: Nodes, offset: number): Nodes | undefined {
  let node: Nodes = root;
  for (;;) {
    if (!('children' in node)) return node;
    const children = node.children as Nodes[];
    let low = 0;
    let high = children.length - 1;
    let next: Nodes | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const child = children[middle]!;
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) return undefined;
      if (offset < start) high = middle - 1;
      else if (offset >= end) low = middle + 1;
      else {
        next = child;
        break;
      }
    }
    if (!next) return node;
    node = next;
  }
}
