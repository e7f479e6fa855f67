import type { Root } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import type { Transformer } from 'unified';
import { messageControl } from 'unified-message-control';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** The sources whose messages this control handles: Specmark's rules, and remark-lint's rules beside them. */
const sources = ['specmark', 'remark-lint'];

/** Longest comment read as a marker: `<!--lint disable …-->` with every rule id is far shorter. */
const longestMarker = 1000;

/** The nodes that can hold a marker: HTML comments, and MDX expressions holding a comment. */
function isMarkerCandidate(node: unknown): boolean {
  const { type, value } = node as { type?: unknown; value?: unknown };
  if (typeof value !== 'string' || value.length > longestMarker) return false;
  if (type === 'html') return /^\s*<!--/.test(value);
  return (type === 'mdxFlowExpression' || type === 'mdxTextExpression') && /^\s*\/\*/.test(value);
}

/**
 * Honour `<!--lint disable …-->`, `<!--lint enable …-->` and `<!--lint ignore …-->` comments for
 * the messages of Specmark's rules and of any remark-lint rule used beside them, as the
 * `remark-lint` plugin does with `remark-message-control` (which the preset therefore does not
 * add), with two differences:
 *
 * - only comments are read as markers: other HTML (`<div>` and 120,000 spaces) never reaches the
 *   marker's pattern, which is slow on long text that is not a comment;
 * - a message after the last block (where a repair appends to the file) is kept, not dropped as
 *   outside the document.
 *
 * Rules add it to the processor themselves, at the end, so it sees every message. A file without a
 * message of those sources, or without the word `lint` (so without a marker comment), has nothing
 * to control: the walks over its tree are skipped.
 *
 * @returns Transform.
 */
export function specmarkMessageControl(): Transformer<Root> {
  return function (tree, file) {
    // Without the word `lint` there is no marker; and a parsed tree has no gap to drop messages in.
    if (!String(file).includes('lint') || !file.messages.some((message) => sources.includes(message.source ?? ''))) return;
    messageControl(documentExtent(tree), { name: 'lint', source: sources, file: file as VFile, test: isMarkerCandidate, marker: commentMarker as never });
  };
}

/** The tree, ending where its last block ends: the text after it is not a gap to drop messages in. */
function documentExtent(tree: Root): Node {
  const last = tree.children.at(-1)?.position?.end;
  if (!tree.position || !last) return tree;
  return { ...tree, position: { start: tree.position.start, end: last } } as Node;
}
