import type { ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
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
 * with nothing after its checkbox — are parsed the remark way, with micromark and the syntax
 * extensions the processor's plugins (remark-frontmatter, remark-gfm) registered.
 *
 * @param markdownToMdast Sätteri's `markdownToMdast`.
 * @returns The plugin; it sets the processor's parser.
 */
export function nativeParser(markdownToMdast: MarkdownToMdast): (this: Processor) => void {
  return function (this: Processor) {
    const data = this.data();
    this.parser = (document: string): Root => {
      const tree = markdownToMdast(document) as Root;
      if (parsersDisagree(document, tree)) {
        return fromMarkdown(document, {
          extensions: (data.micromarkExtensions ?? []) as FromMarkdownOptions['extensions'],
          mdastExtensions: (data.fromMarkdownExtensions ?? []) as FromMarkdownOptions['mdastExtensions'],
        });
      }
      // Positions count from after a byte order mark.
      startParagraphsAtCheckboxes(tree, document.charCodeAt(0) === 0xfeff ? document.slice(1) : document);
      return tree;
    };
  };
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
