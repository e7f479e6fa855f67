import type { Nodes, RootContent } from 'mdast';

/** MDX nodes that are neither errors nor content. */
const ignoredTypes = new Set(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxJsxTextElement', 'mdxTextExpression']);

/**
 * Whether a node is content a person wrote: not an HTML comment, not MDX (imports, exports,
 * JSX, expressions), not whitespace.
 *
 * @param node A block.
 * @returns `true` for content.
 */
export function isContent(node: RootContent): boolean {
  if (ignoredTypes.has(node.type)) return false;
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  if (node.type === 'thematicBreak' || node.type === 'definition') return false;
  if (node.type === 'code') return node.value.trim() !== '';
  if (node.type === 'table' || node.type === 'image') return true;
  return hasText(node);
}

/**
 * Whether a node's text (as `mdast-util-to-string` with image alts reads it) has anything but
 * white space, found without building the text: the walk stops at the first such character.
 */
function hasText(node: Nodes): boolean {
  if ('value' in node) return /\S/.test(node.value);
  if ('alt' in node && node.alt) return /\S/.test(node.alt);
  return 'children' in node && node.children.some((child) => hasText(child));
}
