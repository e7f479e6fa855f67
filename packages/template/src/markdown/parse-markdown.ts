import type { Html, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parseLimitPassed } from './parse-limit.ts';

/** The syntax extensions remark-frontmatter (YAML) and remark-gfm add, in the order the preset adds them. */
const extensions = [frontmatter(['yaml']), gfm()];
const mdastExtensions = [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()];

/**
 * Parse Markdown the way remark does with remark-frontmatter (YAML) and remark-gfm: the one
 * micromark set-up of every Specmark tool. Markdown past a limit that keeps parsing linear (see
 * {@link parseLimitPassed}: block quotes or lists nested deeper than 100 levels, or a paragraph of more than
 * 32 KiB) is parsed up to the line where it passes it; the rest of the text becomes one `html`
 * node holding it verbatim, so that parsing stays fast and nothing is lost.
 *
 * @param markdown Markdown source (any line endings; a byte order mark is skipped).
 * @returns The mdast syntax tree, with positions.
 */
export function parseMarkdown(markdown: string): Root {
  const passed = parseLimitPassed(markdown);
  if (!passed) return parseAll(markdown);
  const cut = passed.place.offset! - (passed.place.column - 1);
  const tree = parseAll(markdown.slice(0, cut));
  const rest = markdown.slice(cut);
  const lines = rest.split(/\r\n|\r|\n/);
  const end = { line: passed.place.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1, offset: markdown.length };
  const node: Html = { type: 'html', value: rest, position: { start: { line: passed.place.line, column: 1, offset: cut }, end } };
  tree.children.push(node);
  tree.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return tree;
}

function parseAll(markdown: string): Root {
  return fromMarkdown(markdown, { extensions, mdastExtensions });
}
