import { reachesAcrossBlocks } from './cross-block-markdown.ts';
import { parseSpecTree, previewHtml } from './preview-html.ts';

/** A heading line that starts a block: `#` to `######` at the start of the line, then a space or the end. */
const headingLine = /^#{1,6}(?:[ \t]|$)/;
/** A fence line at the top level: up to three spaces, then three or more backticks or tildes. */
const fenceLine = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Split a spec's Markdown into blocks that render to the same HTML one by one as together: a new
 * block starts at each unindented ATX heading outside fenced code. A heading always ends whatever
 * came before it (paragraph, list, quote, table), so nothing in one block changes how another is
 * read — unless the document has definitions or raw HTML blocks, which it is then not split for.
 *
 * @param markdown The spec.
 * @returns The blocks, in order (joined they are `markdown`); one block when it cannot be split.
 */
export function splitBlocks(markdown: string): string[] {
  if (reachesAcrossBlocks(markdown)) return [markdown];
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/(?<=\n)/)) {
    const marker = fenceLine.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) fence = marker;
    else if (headingLine.test(line) && current.length > 0) {
      blocks.push(current.join(''));
      current = [];
    }
    current.push(line);
  }
  blocks.push(current.join(''));
  return blocks;
}

/**
 * Renders previews of a changing spec, re-rendering only the blocks (see {@link splitBlocks})
 * whose Markdown changed since the last call: typing in one field re-parses that field's
 * section, not the whole spec. The output is the same HTML as `previewHtml(parseSpecTree(markdown))`.
 */
export class PreviewRenderer {
  #last = new Map<string, string>();

  /**
   * Render a spec's preview block by block.
   *
   * @param markdown The spec.
   * @returns The sanitised HTML of each block that has any, in order.
   */
  renderBlocks(markdown: string): string[] {
    const next = new Map<string, string>();
    const parts: string[] = [];
    for (const block of splitBlocks(markdown)) {
      const html = next.get(block) ?? this.#last.get(block) ?? previewHtml(parseSpecTree(block));
      next.set(block, html);
      if (html !== '') parts.push(html);
    }
    this.#last = next;
    return parts;
  }

  /**
   * Render a spec's preview.
   *
   * @param markdown The spec.
   * @returns The sanitised HTML, the same as `previewHtml(parseSpecTree(markdown))`.
   */
  render(markdown: string): string {
    return this.renderBlocks(markdown).join('\n');
  }
}
