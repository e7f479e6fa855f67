import { parseSpecTree, previewHtml } from './preview-html.ts';

/**
 * Render one block of a spec (see `splitBlocks`) to the preview's sanitised HTML.
 *
 * @param block The block's Markdown.
 * @returns Its HTML (empty for a block with nothing to show).
 */
export function blockHtml(block: string): string {
  return previewHtml(parseSpecTree(block));
}
