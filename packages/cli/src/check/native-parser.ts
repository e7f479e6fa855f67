import { parseMarkdown } from '@specmark/template';
import type { ListItem, Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import { textDisagrees, treeDisagrees } from './parser-disagreements.ts';

/** Sätteri's Markdown-to-mdast function. */
export type MarkdownToMdast = (source: string) => unknown;

/**
 * A unified parser plugin that parses with Sätteri, a CommonMark + GFM + frontmatter parser
 * written in Rust, instead of micromark. It yields the tree `remark-parse` with
 * `remark-frontmatter` (YAML) and `remark-gfm` yields — the same nodes, values and positions
 * (the differential tests in `test/native-parser.test.ts` hold it to that) — at a small fraction of
 * the cost. Two differences are put right here: U+0000 is read as U+FFFD, and a task list item's
 * paragraph that does not start with text starts at the checkbox, as remark has them. Documents
 * with the constructs where the two parsers are known to disagree (see `parser-disagreements.ts`:
 * an opening `---` without frontmatter, a task list item with nothing after its checkbox, lone
 * surrogates, emoji next to emphasis delimiters or before literal autolinks, a few literal
 * autolinks) and documents with more than {@link referenceLimit} character references (Sätteri's
 * memory grows with the square of the references in one text node: 40,000 `&amp;` take gigabytes)
 * are parsed the remark way, with micromark, by `parseMarkdown`.
 *
 * @param markdownToMdast Sätteri's `markdownToMdast`.
 * @returns The plugin; it sets the processor's parser.
 */
export function nativeParser(markdownToMdast: MarkdownToMdast): (this: Processor) => void {
  return function (this: Processor) {
    this.parser = (document: string): Root => {
      if (manyReferences(document) || textDisagrees(document)) return parseMarkdown(document);
      // micromark reads U+0000 as U+FFFD, as CommonMark asks; Sätteri keeps it (and then reads no
      // link around it). One character for one, so offsets stay.
      const tree = markdownToMdast(document.includes('\0') ? document.replaceAll('\0', '\uFFFD') : document) as Root;
      // Positions count from after a byte order mark.
      const source = document.charCodeAt(0) === 0xfeff ? document.slice(1) : document;
      if (treeDisagrees(source, tree)) return parseMarkdown(document);
      startParagraphsAtCheckboxes(tree, source);
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
