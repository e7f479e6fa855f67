import type { Html, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { deepNesting } from './nesting-depth.ts';

/**
 * Parse Markdown the way remark does with remark-frontmatter (YAML) and remark-gfm. Markdown that
 * nests block quotes or lists deeper than `nestingLimit` (100) levels is parsed up to the line
 * where it does; the rest of the text becomes one `html` node holding it verbatim, so that
 * parsing stays fast and nothing is lost.
 *
 * @param markdown Markdown source, with `\n` line endings.
 * @returns The mdast syntax tree, with positions.
 */
export function parseMarkdown(markdown: string): Root {
  const deep = deepNesting(markdown);
  if (!deep) return parseAll(markdown);
  const cut = deep.place.offset! - (deep.place.column - 1);
  const tree = parseAll(markdown.slice(0, cut));
  const rest = markdown.slice(cut);
  const lines = rest.split(/\r\n|\r|\n/);
  const end = { line: deep.place.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1, offset: markdown.length };
  const node: Html = { type: 'html', value: rest, position: { start: { line: deep.place.line, column: 1, offset: cut }, end } };
  tree.children.push(node);
  tree.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return tree;
}

function parseAll(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
}
