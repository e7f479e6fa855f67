import { parseMarkdown } from '@specmark/template';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * Render Markdown (CommonMark + GFM) to a hast tree. Raw HTML in the Markdown is dropped, never
 * passed through.
 *
 * @param markdown The Markdown, with `\n` line endings.
 * @param keep Which top-level nodes to keep (default: all but frontmatter).
 * @returns The hast tree.
 */
export function markdownToHast(markdown: string, keep: (node: Root['children'][number]) => boolean = (node) => node.type !== 'yaml'): HastRoot {
  const tree = parseMarkdown(markdown);
  return toHast({ type: 'root', children: tree.children.filter(keep) }) as HastRoot;
}

/**
 * Render Markdown (CommonMark + GFM) to HTML, raw HTML dropped; for texts written in this
 * repository (rule descriptions, schema descriptions).
 *
 * @param markdown The Markdown.
 * @returns The HTML.
 */
export function markdownToHtml(markdown: string): string {
  return toHtml(markdownToHast(markdown.replace(/\r\n?/g, '\n')));
}

/**
 * Render one line of Markdown to inline HTML (no wrapping paragraph).
 *
 * @param markdown The line.
 * @returns The HTML.
 */
export function inlineMarkdownToHtml(markdown: string): string {
  const html = markdownToHtml(markdown).trim();
  return html.startsWith('<p>') && html.endsWith('</p>') && html.indexOf('<p>', 1) === -1 ? html.slice(3, -4) : html;
}
