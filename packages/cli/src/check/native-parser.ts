import { parseMarkdown } from '@specmark/template';
import type { ListItem, Nodes, Root } from 'mdast';
import type { Processor } from 'unified';

/** Sätteri's Markdown-to-mdast function. */
export type MarkdownToMdast = (source: string) => unknown;

/**
 * A unified parser plugin that parses with Sätteri, a CommonMark + GFM + frontmatter parser
 * written in Rust, instead of micromark. It yields the tree `remark-parse` with
 * `remark-frontmatter` (YAML) and `remark-gfm` yields — the same nodes, values and positions
 * (the differential tests in `test/native-parser.test.ts` hold it to that) — at a small fraction of
 * the cost. One difference is put right here: where a task list item's paragraph starts when it
 * does not start with text (remark starts it at the checkbox). Documents with the constructs where
 * the two parsers are known to disagree — an opening `---` without frontmatter, a task list item
 * with nothing after its checkbox — and documents with more than {@link referenceLimit} character
 * references (Sätteri's memory grows with the square of the references in one text node: 40,000
 * `&amp;` take gigabytes) are parsed the remark way, with micromark, by `parseMarkdown`.
 *
 * @param markdownToMdast Sätteri's `markdownToMdast`.
 * @returns The plugin; it sets the processor's parser.
 */
export function nativeParser(markdownToMdast: MarkdownToMdast): (this: Processor) => void {
  return function (this: Processor) {
    this.parser = (document: string): Root => {
      if (manyReferences(document)) return parseMarkdown(document);
      const tree = markdownToMdast(document) as Root;
      if (parsersDisagree(document, tree)) return parseMarkdown(document);
      // Positions count from after a byte order mark.
      startParagraphsAtCheckboxes(tree, document.charCodeAt(0) === 0xfeff ? document.slice(1) : document);
      return tree;
    };
  };
}

/**
 * Most character references (`&amp;`, `&#91;`, `&#x5B;`) a document parsed by Sätteri may hold: its
 * memory and time grow with the square of the references in one text node (256 cost about 100 KB).
 */
export const referenceLimit = 256;

/** Anything shaped like a character reference; counting some that are not is harmless. */
const reference = /&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});/g;

/** Whether a document holds more than {@link referenceLimit} character references. */
function manyReferences(document: string): boolean {
  reference.lastIndex = 0;
  let count = 0;
  while (reference.exec(document)) if (++count > referenceLimit) return true;
  return false;
}

/** A list item (in a block quote or not) holding only a task checkbox. */
const bareCheckbox = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ \txX]\][ \t]*\r?$/m;

/** Whether the document has a construct where Sätteri and micromark are known to build different trees. */
function parsersDisagree(document: string, tree: Root): boolean {
  return (document.startsWith('---') && tree.children[0]?.type !== 'yaml') || bareCheckbox.test(document);
}

/** The checkbox (`[ ]`, `[x]`, `[X]`) and the blanks after it, ending where the paragraph's text starts. */
const checkboxBefore = /\[[ \txX]\][ \t]*$/;

/** Move the start of each task list item's paragraph back to its checkbox, as micromark places it. */
function startParagraphsAtCheckboxes(node: Nodes, document: string): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type === 'listItem') moveToCheckbox(child, document);
    startParagraphsAtCheckboxes(child, document);
  }
}

function moveToCheckbox(item: ListItem, document: string): void {
  const paragraph = item.children[0];
  const start = paragraph?.position?.start;
  if (typeof item.checked !== 'boolean' || paragraph?.type !== 'paragraph' || start?.offset === undefined) return;
  // remark starts the paragraph at its first text when the text follows the checkbox, at the
  // checkbox when something else (emphasis, code, a link) does.
  if (paragraph.children[0]?.type === 'text') return;
  // Only the current line can hold the checkbox; 16 characters cover `[x]` and the blanks after it.
  const lineStart = start.offset - (start.column - 1);
  const before = document.slice(Math.max(lineStart, start.offset - 16), start.offset);
  const checkbox = checkboxBefore.exec(before);
  if (!checkbox) return;
  const back = before.length - checkbox.index;
  paragraph.position!.start = { line: start.line, column: start.column - back, offset: start.offset - back };
}
