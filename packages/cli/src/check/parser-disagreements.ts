import type { Nodes, Root } from 'mdast';

/** A list item (in a block quote or not) holding only a task checkbox. */
const bareCheckbox = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ \txX]\][ \t]*\r?$/m;

/** A UTF-16 surrogate without its other half. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A character outside the Basic Multilingual Plane (an emoji, say) next to an emphasis or
 * strikethrough delimiter (`*`, `_`, `~`): micromark classes it by its UTF-16 halves, as neither
 * punctuation nor white space, Sätteri by its code point (an emoji is a symbol, which counts as
 * punctuation), so they open and close emphasis differently (`a**😀**b`, `😀_a_`).
 */
const astralByDelimiter = /[*_~][\uD800-\uDBFF]|[\uDC00-\uDFFF][*_~]/;

/**
 * Such a character right before a literal autolink (`😀www.example.com`): micromark's autolink
 * transform looks at the UTF-16 unit before it and makes no link, Sätteri makes one.
 */
const astralBeforeAutolink = /[\uDC00-\uDFFF](?:www\.|https?:\/\/|[\w+.-]+@)/i;

/** `http://` or `https://` followed by punctuation or a symbol (`http://.b`, `http://-a.b`): Sätteri links it, micromark does not. */
const protocolBeforePunctuation = /https?:\/\/[^\w\s]/i;

/** `www.` ending the document (blanks after it allowed): micromark makes its link without positions. */
const wwwAtEnd = /www\.[ \t\r\n]*$/i;

/**
 * Whether Sätteri and micromark (remark-parse with remark-frontmatter and remark-gfm) are known to
 * build different trees for a document, seen in its text: a task list item with nothing after its
 * checkbox, text that is not well-formed UTF-16 (a lone surrogate, which Sätteri turns into
 * U+FFFD), and the places above where the two class characters outside the Basic Multilingual
 * Plane differently or disagree about literal autolinks. Each test is one pass over the text (or
 * its last characters) with no backtracking to speak of.
 *
 * @param document The Markdown source.
 * @returns `true` when the document should be parsed with micromark instead.
 */
export function textDisagrees(document: string): boolean {
  return (
    bareCheckbox.test(document) ||
    loneSurrogate.test(document) ||
    astralByDelimiter.test(document) ||
    astralBeforeAutolink.test(document) ||
    protocolBeforePunctuation.test(document) ||
    wwwAtEnd.test(document.slice(-64))
  );
}

/** What may come right before a literal autolink micromark's tokenizer makes: white space, `(`, `*`, `_`, `[`, `]`, `~`. */
const beforeTokenizedAutolink = /^[\s(*_[\]~]?$/;

/**
 * Whether Sätteri's tree shows a place where micromark builds another: an opening `---` it did not
 * read as frontmatter, or a literal autolink (`www.example.com`, `https://…`, `a@b.co`) that
 * micromark's tokenizer does not make but its later autolink transform does, without positions:
 * one after another character than white space, `(`, `*`, `_`, `[`, `]` or `~`, or after a `[`
 * earlier in its paragraph (which the tokenizer may count as an unclosed link).
 *
 * @param document The Markdown source, without a byte order mark (the tree's offsets count in it).
 * @param tree Sätteri's tree of it.
 * @returns `true` when the document should be parsed with micromark instead.
 */
export function treeDisagrees(document: string, tree: Root): boolean {
  return (document.startsWith('---') && tree.children[0]?.type !== 'yaml') || hasTransformedAutolink(document, tree, 0);
}

/** Whether a literal autolink under a node is one micromark's tokenizer leaves to its transform; `block` is where the enclosing block starts. */
function hasTransformedAutolink(document: string, node: Nodes, block: number): boolean {
  if (!('children' in node)) return false;
  const start = node.position?.start.offset;
  if (node.type === 'link' && start !== undefined && document[start] !== '[' && document[start] !== '<') {
    if (!beforeTokenizedAutolink.test(document.slice(Math.max(0, start - 1), start)) || document.slice(block, start).includes('[')) return true;
  }
  const inner = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? (start ?? block) : block;
  return node.children.some((child) => hasTransformedAutolink(document, child, inner));
}
