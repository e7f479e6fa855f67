import type { List, ListItem, Parents, Root } from 'mdast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';

/**
 * Turn a spec's syntax tree into HTML for the preview. Raw HTML in the Markdown is dropped and the
 * result is sanitised (GitHub's schema: no script, no event handlers, no `javascript:` URLs), so
 * nothing a person types or imports can run. The frontmatter is shown as a YAML code block.
 *
 * @param tree The spec's syntax tree.
 * @returns The HTML.
 */
export function previewHtml(tree: Root): string {
  const hast = toHast(tree, {
    handlers: {
      listItem: listItemOnce(),
      yaml: (_state, node: { value: string }) => ({
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [{ type: 'element', tagName: 'code', properties: { className: ['language-yaml'] }, children: [{ type: 'text', value: node.value }] }],
      }),
    },
  });
  return toHtml(labelCheckboxes(sanitize(hast)));
}

/**
 * The list item handler of `mdast-util-to-hast`, with whether each list is loose worked out once
 * per list: the default handler works it out again for every item, from all the list's items, so a
 * tight list of n items took time in n² (10,000 items, seconds).
 */
function listItemOnce(): (state: State, node: ListItem, parent: Parents | undefined) => ReturnType<typeof defaultHandlers.listItem> {
  const loose = new WeakMap<List, boolean>();
  return (state, node, parent) => {
    if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
    let spread = loose.get(parent);
    if (spread === undefined) {
      spread = Boolean(parent.spread) || parent.children.some((item) => item.spread ?? item.children.length > 1);
      loose.set(parent, spread);
    }
    // A list standing in for the parent, its looseness already known.
    return defaultHandlers.listItem(state, node, { type: 'list', spread, children: [] });
  };
}

/** Give the preview's task list checkboxes an accessible name (sanitising keeps them unlabelled). */
function labelCheckboxes<T extends HastNode>(node: T): T {
  if (node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox') {
    node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
  }
  for (const child of node.children ?? []) labelCheckboxes(child);
  return node;
}

/** The part of a hast node the checkbox labelling reads. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
