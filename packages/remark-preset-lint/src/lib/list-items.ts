import type { ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A list item of a field, with its Markdown after the marker and checkbox. */
export interface FieldItem {
  /** The item. */
  node: ListItem;
  /** Its Markdown after the marker and checkbox, trimmed (plain text when positions are missing). */
  markdown: string;
}

/**
 * The items of every list in a field's body, top level only.
 *
 * @param source The file's text.
 * @param body The field's blocks.
 * @returns The items in order.
 */
export function fieldItems(source: string, body: readonly RootContent[]): FieldItem[] {
  const items: FieldItem[] = [];
  for (const block of body) {
    if (block.type !== 'list') continue;
    for (const node of block.children) items.push({ node, markdown: itemMarkdown(source, node) });
  }
  return items;
}

/** The Markdown of an item's content, from its first child to its last. */
function itemMarkdown(source: string, item: ListItem): string {
  const first = item.children[0]?.position?.start.offset;
  const last = item.children[item.children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return toString(item).trim();
  const markdown = source.slice(first, last).trim();
  return typeof item.checked === 'boolean' ? markdown.replace(/^\[[ xX]\][ \t]*/, '') : markdown;
}
