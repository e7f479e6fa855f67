import { parseLimitPassed } from '@specmark/template';
import { splitBlocks } from './split-blocks.ts';

/**
 * Most Markdown, in characters, that {@link PreviewRenderer.preview} renders in one call by
 * default: about a page of text, which renders in under 10 ms on a laptop. More than that (a whole
 * spec, a large paste) is left to the caller to render in a worker, so it never holds up typing.
 */
export const renderHereLimit = 4_096;

/**
 * How long one {@link PreviewRenderer.preview} call may take, in milliseconds, before the renderer
 * lowers its limit: one frame at 60 Hz. Rare Markdown (thousands of unmatched `*_`, many lists)
 * parses far slower than prose of the same length.
 */
export const renderHereBudget = 16;

/** Options of {@link PreviewRenderer}. */
export interface PreviewRendererOptions {
  /** Most Markdown to render in one call at first, in characters (default: {@link renderHereLimit}). */
  limit?: number;
  /** Time one call may take before the limit is lowered, in milliseconds (default: {@link renderHereBudget}). */
  budget?: number;
  /** The clock, in milliseconds (default: `performance.now`). */
  now?: () => number;
  /**
   * Renders one block here, as `blockHtml` does (default: none: every block without HTML is
   * handed back as missing, until {@link PreviewRenderer.renderHere} gives one).
   */
  render?: (block: string) => string;
}

/** A preview: the HTML of every block, or the blocks whose HTML is still to be rendered. */
export type Preview = { html: string[]; missing?: undefined } | { html?: undefined; missing: string[] };

/**
 * Renders previews of a changing spec, keeping the HTML of each block (see {@link splitBlocks}):
 * typing in one field re-parses that field's block, not the whole spec. Blocks too long or nested
 * too deep to render at once are handed back as missing, to be rendered elsewhere (a worker) and
 * given back with {@link PreviewRenderer.add}. When two calls in a row take longer than their
 * budget, the limit drops to half the Markdown the second rendered, so slow Markdown goes
 * elsewhere from then on; one slow call alone (a pause of the whole page) changes nothing. Joined
 * with line breaks, the HTML is the same as `blockHtml(markdown)`. Without a render function
 * (until the page has loaded one), every block it has no HTML for is missing.
 */
export class PreviewRenderer {
  #html = new Map<string, string>();
  #limit: number;
  #render: ((block: string) => string) | undefined;
  /** Whether the last call that rendered here took longer than the budget. */
  #slow = false;
  readonly #budget: number;
  readonly #now: () => number;

  /**
   * Make a renderer with no blocks rendered yet.
   *
   * @param options Limit, time budget, clock and render function (see {@link PreviewRendererOptions}).
   */
  constructor({ limit = renderHereLimit, budget = renderHereBudget, now = () => performance.now(), render }: PreviewRendererOptions = {}) {
    this.#limit = limit;
    this.#budget = budget;
    this.#now = now;
    this.#render = render;
  }

  /**
   * Start rendering blocks here, keeping the HTML given so far.
   *
   * @param render Renders one block, as `blockHtml` does.
   */
  renderHere(render: (block: string) => string): void {
    this.#render = render;
  }

  /** Most Markdown the next call renders, in characters. */
  get limit(): number {
    return this.#limit;
  }

  /**
   * Preview a spec, rendering the blocks it has no HTML for when they are cheap to render.
   *
   * @param markdown The spec.
   * @returns The HTML of each block that has any, in order; or, when the blocks without HTML are
   *   longer than the limit together or one passes a parse limit (`parseLimitPassed`), those blocks
   *   (nothing is rendered then).
   */
  preview(markdown: string): Preview {
    const blocks = splitBlocks(markdown);
    const missing = blocks.filter((block) => !this.#html.has(block));
    const length = missing.reduce((sum, block) => sum + block.length, 0);
    const render = this.#render;
    if (missing.length > 0 && (!render || length > this.#limit || missing.some((block) => parseLimitPassed(block) !== undefined))) return { missing: [...new Set(missing)] };
    const start = this.#now();
    const next = new Map<string, string>();
    const html: string[] = [];
    for (const block of blocks) {
      const each = next.get(block) ?? this.#html.get(block) ?? (render as (block: string) => string)(block);
      next.set(block, each);
      if (each !== '') html.push(each);
    }
    // Only the blocks of the latest spec are kept.
    this.#html = next;
    const slow = length > 0 && this.#now() - start > this.#budget;
    if (slow && this.#slow) this.#limit = Math.floor(length / 2);
    if (length > 0) this.#slow = slow;
    return { html };
  }

  /**
   * Give the HTML of blocks rendered elsewhere.
   *
   * @param blocks The blocks, as {@link PreviewRenderer.preview} returned them missing.
   * @param html The HTML of each, as `blockHtml` renders it.
   */
  add(blocks: readonly string[], html: readonly string[]): void {
    blocks.forEach((block, index) => this.#html.set(block, html[index] ?? ''));
  }
}
