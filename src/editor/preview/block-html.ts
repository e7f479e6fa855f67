import { parseMarkdown } from '@specmark/template';
import { previewHtml } from './preview-html.ts';

/**
 * Render one block of a spec (see `splitBlocks`) to the preview's sanitised HTML. It is parsed by
 * `parseMarkdown`, into the tree remark-parse with the preset's plugins makes, without unified and
 * the Markdown serialisers those plugins bring, so the page loads less to preview.
 *
 * @param block The block's Markdown.
 * @returns Its HTML (empty for a block with nothing to show).
 */
export function blockHtml(block: string): string {
  return previewHtml(parseMarkdown(block));
}
