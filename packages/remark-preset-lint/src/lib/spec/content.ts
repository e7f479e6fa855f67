import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

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
  return toString(node, { includeImageAlt: true }).trim() !== '';
}
