import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '@specmark/template';

/** The text of inline content: text and code as written, line breaks kept. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map(inlineText).join('') : '';
}

/** The text of a block: a paragraph on one line, code as written, list items as `- ` lines. */
function blockText(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node).split('\n').join(' ');
    case 'code':
      return node.value;
    case 'list':
      return node.children.map((item) => '- ' + item.children.map(blockText).join(' ')).join('\n');
    case 'blockquote':
      return node.children.map(blockText).join('\n\n');
    default:
      return '';
  }
}

/**
 * Markdown as plain text, for places that show text only (SARIF `text` properties): code spans
 * lose their backticks, each paragraph is one line, paragraphs are separated by a blank line.
 *
 * @param markdown The Markdown.
 * @returns The text.
 */
export function markdownText(markdown: string): string {
  return parseMarkdown(markdown)
    .children.map(blockText)
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * Shorten text to whole paragraphs that fit a limit (GitHub keeps 1024 characters of a rule's
 * description); a first paragraph too long on its own is cut after its last sentence that fits.
 *
 * @param text Paragraphs separated by blank lines.
 * @param limit Most characters (default: `1024`).
 * @returns The text, or its first paragraphs, ending with `…` when a paragraph was cut.
 */
export function clipParagraphs(text: string, limit = 1024): string {
  if (text.length <= limit) return text;
  const kept: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    const next = [...kept, paragraph].join('\n\n');
    if (next.length > limit) break;
    kept.push(paragraph);
  }
  if (kept.length > 0) return kept.join('\n\n');
  const head = text.slice(0, limit - 1);
  const end = head.lastIndexOf('. ');
  return (end === -1 ? head : head.slice(0, end + 1)) + '…';
}
