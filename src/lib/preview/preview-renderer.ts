import { deepNesting } from '@specmark/template';
import { parseSpecTree, previewHtml } from './preview-html.ts';
import { splitBlocks } from './split-blocks.ts';

/**
 * Most Markdown, in characters, that {@link PreviewRenderer.preview} renders in one call by
 * default: about a page of text, which renders in under 10 ms on a laptop. More than that (a whole
 * spec, a large paste) is left to the caller to render in a worker, so it never holds up typing.
 */
export const renderHereLimit = 4_096;

/** A preview: the HTML of every block, or the blocks whose HTML is still to be rendered. */
export type Preview = { html: string[]; missing?: undefined } | { html?: undefined; missing: string[] };

/**
 * Render one block of a spec (see {@link splitBlocks}) to the preview's sanitised HTML.
 *
 * @param block The block's Markdown.
 * @returns Its HTML (empty for a block with nothing to show).
 */
export function blockHtml(block: string): string {
  return previewHtml(parseSpecTree(block));
}

/**
 * Renders previews of a changing spec, keeping the HTML of each block (see {@link splitBlocks}):
 * typing in one field re-parses that field's block, not the whole spec. Blocks too long or nested
 * too deep to render at once are handed back as missing, to be rendered elsewhere (a worker) and
 * given back with {@link PreviewRenderer.add}. Joined with line breaks, the HTML is the same as `blockHtml(markdown)`.
 */
export class PreviewRenderer {
  #html = new Map<string, string>();

  /**
   * Preview a spec, rendering the blocks it has no HTML for when they are cheap to render.
   *
   * @param markdown The spec.
   * @param limit Most Markdown to render in this call, in characters (default: {@link renderHereLimit}).
   * @returns The HTML of each block that has any, in order; or, when the blocks without HTML are
   *   longer than `limit` together or nest too deep, those blocks (nothing is rendered then).
   */
  preview(markdown: string, limit: number = renderHereLimit): Preview {
    const blocks = splitBlocks(markdown);
    const missing = blocks.filter((block) => !this.#html.has(block));
    const length = missing.reduce((sum, block) => sum + block.length, 0);
    if (length > limit || missing.some((block) => deepNesting(block) !== undefined)) return { missing: [...new Set(missing)] };
    const next = new Map<string, string>();
    const html: string[] = [];
    for (const block of blocks) {
      const each = next.get(block) ?? this.#html.get(block) ?? blockHtml(block);
      next.set(block, each);
      if (each !== '') html.push(each);
    }
    // Only the blocks of the latest spec are kept.
    this.#html = next;
    return { html };
  }

  /**
   * Give the HTML of blocks rendered elsewhere.
   *
   * @param blocks The blocks, as {@link PreviewRenderer.preview} returned them missing.
   * @param html The HTML of each, as {@link blockHtml} renders it.
   */
  add(blocks: readonly string[], html: readonly string[]): void {
    blocks.forEach((block, index) => this.#html.set(block, html[index] ?? ''));
  }
}
